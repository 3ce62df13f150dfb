import { readFileSync } from 'node:fs';
import { cspHashesFile } from './cspHashesFile';
import { contentSecurityPolicy } from './securityHeaders.mjs';

let hashes: Record<string, string[]> | null = null;

/**
 * The Content-Security-Policy of a prerendered page in production: its inline scripts allowed
 * by hash, no 'unsafe-inline'. Null for anything else (development, an address without a
 * prerendered page, a build without the hash list), which keeps the site-wide policy.
 */
export function pageContentSecurityPolicy(pathname: string): string | null {
  if (process.env.NODE_ENV !== 'production') return null;
  if (!hashes) {
    try {
      const file = cspHashesFile(process.env.QARI_DIST_DIR || '.next');
      hashes = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as Record<string, string[]>;
    } catch {
      hashes = {};
    }
  }
  // Page addresses are ASCII (slugs, ids), so the path is looked up as sent.
  const page = hashes[pathname.replace(/\/$/, '') || '/'];
  return page ? contentSecurityPolicy(true, page) : null;
}
