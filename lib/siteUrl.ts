/**
 * The site's public origin: canonical, alternate, Open Graph and feed links, the sitemap. The
 * one place it is read. A build fixes it: next.config.ts writes the build's SITE_URL into every
 * bundle as QARI_SITE_URL, so a page rendered long after the build — on first request, after a
 * publish, by any of several servers — names the address the build was given, whatever the
 * server's environment says (`npm start` refuses a SITE_URL other than the build's:
 * lib/http/builtSiteUrl.mjs). Outside a build (unit tests, scripts): this machine.
 */
export const SITE_URL = new URL(process.env.QARI_SITE_URL || 'http://localhost:3000');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `value` cannot be the origin of a production build, or null if it can: an absolute
 * https origin, or http on this machine (a local run). Only an origin: Qari is served at the
 * root of its host, and a path would be dropped from every link made from it.
 */
export function siteUrlProblem(value: string | undefined): string | null {
  const example = 'SITE_URL=https://qari.example npm run build (or SITE_URL=http://localhost:3000 for a local run)';
  if (!value) return `SITE_URL is not set. Every page names its public address: ${example}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute URL: ${example}`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)))
    return `SITE_URL "${value}" must use https (http only for localhost): ${example}`;
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return `SITE_URL "${value}" must be an origin only, such as ${url.origin}: Qari is served at the root of its host`;
  return null;
}
