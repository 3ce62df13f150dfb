/** The public origin for canonical, alternate and feed links; a production build requires it. */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `value` cannot be the origin of a production build, or null if it can: an absolute
 * https URL, or http on this machine (a local run).
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
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return `SITE_URL "${value}" must use https (http only for localhost): ${example}`;
}
