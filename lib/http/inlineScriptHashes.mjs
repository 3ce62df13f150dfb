import { createHash } from 'node:crypto';

// <script> elements without src whose type the browser runs (none, or a JavaScript type).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\stype=["']?(?!(?:text\/javascript|module)["'\s>])[^"'\s>]+/i;

/**
 * The CSP hashes (`sha256-…`) of the inline scripts a page's HTML runs; JSON-LD and other data blocks are not scripts.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (DATA_TYPE.test(attributes)) continue;
    hashes.add(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
