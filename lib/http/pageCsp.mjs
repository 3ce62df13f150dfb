// Every page's Content-Security-Policy allows exactly the inline scripts that page runs, by hash,
// never 'unsafe-inline'. The hashes are taken from the HTML as it leaves the server, so a page
// rendered long after the build (an article published since, an older one rendered on its first
// request, a revalidated library page) gets its own list like a prerendered one. Per-request
// nonces instead would make every page dynamic and uncacheable. On its way out a page may also be
// rewritten (its critical CSS inlined, lib/http/criticalCss.mjs): the policy is the result's.
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  deflateSync,
  gunzipSync,
  gzipSync,
  inflateSync,
} from 'node:zlib';
import { inlineScriptHashes } from './inlineScriptHashes.mjs';
import { contentSecurityPolicy } from './securityHeaders.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(html: string) => string} Rewrite */

const PAGE = /^\/(ar|en)(\/|$|\?)/;
// A page served from the cache is the same bytes each time, with the same ETag (Next's hash of
// the body): it is rewritten and its policy worked out once, not on every request. The rewrite
// is a function of the page and the build alone, so Next's ETag still names what is sent.
const FINISHED = new Map();
const REMEMBERED = 2000;

const DECODE = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };
// Brotli's default (quality 11) costs ~100 ms a page; 5 is close in size at a tenth of the time.
const ENCODE = {
  gzip: gzipSync,
  br: (/** @type {Buffer} */ body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  deflate: deflateSync,
};
const codingOf = (/** @type {unknown} */ encoding) =>
  /** @type {keyof typeof DECODE | ''} */ (String(encoding ?? '').trim());

/** The text of a body as sent, whatever its Content-Encoding. */
function decoded(/** @type {Buffer} */ body, /** @type {unknown} */ encoding) {
  const decode = DECODE[/** @type {keyof typeof DECODE} */ (codingOf(encoding))];
  return (decode ? decode(body) : body).toString('utf8');
}

/**
 * A page as it leaves: its body rewritten (in the same encoding) and its policy, remembered by
 * its ETag and encoding when it has an ETag. Only a rewritten body is kept: an unchanged one is
 * the body Next sends anyway (without the rewrite, 2,000 pages' bodies held for nothing).
 * @param {Buffer} body
 * @param {unknown} encoding
 * @param {unknown} etag
 * @param {Rewrite | undefined} rewrite
 * @returns {{ body: Buffer, policy: string }}
 */
function finished(body, encoding, etag, rewrite) {
  const key = etag ? `${etag} ${codingOf(encoding)}` : '';
  const known = key ? FINISHED.get(key) : undefined;
  if (known) return { body: known.body ?? body, policy: known.policy };
  const html = decoded(body, encoding);
  const rewritten = rewrite ? rewrite(html) : html;
  const encode = ENCODE[/** @type {keyof typeof ENCODE} */ (codingOf(encoding))];
  const page = {
    body: rewritten === html ? null : encode ? encode(Buffer.from(rewritten)) : Buffer.from(rewritten),
    policy: contentSecurityPolicy(true, inlineScriptHashes(rewritten)),
  };
  if (key) {
    FINISHED.set(key, page);
    if (FINISHED.size > REMEMBERED) FINISHED.delete(FINISHED.keys().next().value);
  }
  return { body: page.body ?? body, policy: page.policy };
}

/**
 * Wraps a request handler: the HTML answers to page addresses are held until complete, rewritten
 * by `rewrite` when given, then sent with a policy listing their inline scripts' hashes.
 * Anything else passes through as is.
 * @param {(request: Request, response: Response) => unknown} handle
 * @param {Rewrite} [rewrite]
 * @returns {(request: Request, response: Response) => unknown}
 */
export function withPageCsp(handle, rewrite) {
  return (request, response) => {
    if (request.method !== 'GET' || !PAGE.test(request.url ?? '')) return handle(request, response);
    const writeHead = response.writeHead.bind(response);
    const write = response.write.bind(response);
    const end = response.end.bind(response);
    /** @type {any[] | null} */
    let head = null;
    /** @type {Buffer[]} */
    const chunks = [];
    const html = () => /^text\/html/.test(String(response.getHeader('content-type') ?? ''));
    const toBuffer = (/** @type {any} */ chunk, /** @type {any} */ encoding) =>
      Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');

    response.writeHead = /** @type {Response['writeHead']} */ (
      (/** @type {any[]} */ ...args) => {
        // Headers passed here are set now, so the Content-Type is known at the end.
        const [status, ...rest] = args;
        const headers = rest.find((arg) => arg && typeof arg === 'object');
        if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) response.setHeader(k, v);
        response.statusCode = status;
        head = [status];
        return response;
      }
    );
    response.write = /** @type {Response['write']} */ (
      (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
        if (chunk != null && chunk.length) chunks.push(toBuffer(chunk, rest[0]));
        const callback = rest.findLast((arg) => typeof arg === 'function');
        if (callback) queueMicrotask(() => callback());
        return true;
      }
    );
    response.end = /** @type {Response['end']} */ (
      (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
        if (chunk != null && typeof chunk !== 'function' && chunk.length) chunks.push(toBuffer(chunk, rest[0]));
        let body = Buffer.concat(chunks);
        // A 304 carries no page to hash: without a policy of its own, the browser keeps the one
        // stored with its copy (a 304's headers replace the stored ones).
        if (response.statusCode === 304 && !response.headersSent) response.removeHeader('Content-Security-Policy');
        if (html() && body.length && !response.headersSent) {
          try {
            const page = finished(body, response.getHeader('content-encoding'), response.getHeader('etag'), rewrite);
            body = page.body;
            response.setHeader('Content-Security-Policy', page.policy);
          } catch {
            // Undecodable: sent as it came, with the site-wide policy Next already set.
          }
        }
        // Next marks a page read from its prerendered files `x-nextjs-prerender: 1` (twice, "1, 1",
        // on some paths), one rendered on request not: an internal detail that made a page made
        // after the build answer with other headers than a prerendered one. Pages leave without it.
        if (!response.headersSent) response.removeHeader('x-nextjs-prerender');
        if (!response.headersSent && !response.hasHeader('transfer-encoding')) {
          response.setHeader('Content-Length', body.length);
        }
        if (head) writeHead(...head);
        if (body.length) write(body);
        const callback = [chunk, ...rest].findLast((arg) => typeof arg === 'function');
        return end(callback);
      }
    );
    return handle(request, response);
  };
}
