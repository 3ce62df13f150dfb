import { createHash } from 'node:crypto';
import { inlineScripts } from './ownScripts.mjs';

/**
 * The CSP hashes (`sha256-…`) of the inline scripts of a page's HTML that `allowed` accepts (lib/http/ownScripts.mjs);
 * JSON-LD and other data blocks are not scripts.
 * @param {string} html
 * @param {(body: string) => boolean} allowed
 * @returns {string[]}
 */
export function inlineScriptHashes(html, allowed) {
  const hashes = new Set();
  for (const body of inlineScripts(html)) {
    if (allowed(body)) hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
