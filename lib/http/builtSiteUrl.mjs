// The public origin a build was made for, and what `npm start` does with the SITE_URL it is given.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The origin the build in `distDir` names on every page (next.config.ts wrote it into the
 * bundles as QARI_SITE_URL; Next records the same config in required-server-files.json), or
 * null when the build does not say.
 * @param {string} distDir
 * @returns {string | null}
 */
export function builtSiteUrl(distDir) {
  try {
    const { config } = JSON.parse(readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8'));
    const value = config?.env?.QARI_SITE_URL;
    return typeof value === 'string' && value ? value : null;
  } catch {
    return null;
  }
}

/**
 * Why a server must not serve that build with the SITE_URL of its environment, or null: a
 * build for one address served as another is a deployment mistake (its pages would name the
 * build's), so it is said at start rather than found in a search engine's index.
 * @param {string | null} built the build's origin
 * @param {string | undefined} given the server's SITE_URL
 * @returns {string | null}
 */
export function siteUrlMismatch(built, given) {
  if (!given || !built) return null;
  let origin;
  try {
    origin = new URL(given).origin;
  } catch {
    origin = given;
  }
  if (origin === built) return null;
  return (
    `This build names ${built} on every page, but SITE_URL is ${given}. ` +
    `Start without SITE_URL to serve it as ${built}, or build again: SITE_URL=${given} npm run build`
  );
}
