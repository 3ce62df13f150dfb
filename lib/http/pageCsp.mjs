// Every page's Content-Security-Policy allows exactly the inline scripts that page runs, by hash,
// never 'unsafe-inline'. The hashes are taken from the HTML as it leaves the server, so a page
// rendered long after the build (an article published since, an older one rendered on its first
// request, a revalidated library page) gets its own list like a prerendered one. Per-request
// nonces instead would make every page dynamic and uncacheable. On its way out a page may also be
// rewritten (its critical CSS inlined, lib/http/criticalCss.mjs): the policy is the result's.
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { inlineScriptHashes } from './inlineScriptHashes.mjs';
import { contentSecurityPolicy } from './securityHeaders.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(html: string) => string} Rewrite */
/** @typedef {(script: string) => boolean} Allowed whether an inline script is one the site wrote (lib/http/ownScripts.mjs) */

const PAGE = /^\/(ar|en)(\/|$|\?)/;
// A page served from the cache is the same bytes each time, with the same ETag (Next's hash of
// the body): it is rewritten, compressed and its policy worked out once, not on every request.
// The rewrite is a function of the page and the build alone, so Next's ETag still names what is
// sent. Next would gzip the same cached page again on every request (a third of a server's time
// on a cached page, measured with autocannon: 266 against 195 requests a second): a page is
// asked of Next uncompressed, and compressed here, once per ETag.
const FINISHED = new Map();
const REMEMBERED = 2000;

const DECODE = { gzip: gunzipSync, br: brotliDecompressSync, deflate: inflateSync };
const codingOf = (/** @type {unknown} */ encoding) =>
  /** @type {keyof typeof DECODE | ''} */ (String(encoding ?? '').trim());

/** The text of a body as sent, whatever its Content-Encoding. */
function decoded(/** @type {Buffer} */ body, /** @type {unknown} */ encoding) {
  const decode = DECODE[/** @type {keyof typeof DECODE} */ (codingOf(encoding))];
  return (decode ? decode(body) : body).toString('utf8');
}

/** Whether an Accept-Encoding header takes gzip (named, or `*`, with a q above 0). */
export function acceptsGzip(/** @type {string | string[] | undefined} */ header) {
  return String(header ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = params.find((param) => param.startsWith('q='));
      return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
    });
}

/**
 * A page as it leaves: its body rewritten and compressed when the reader takes gzip, and its
 * policy, remembered by its ETag and coding when it has an ETag. An uncompressed body the
 * rewrite left alone is not kept: it is the body Next sends anyway.
 * @param {Buffer} body
 * @param {unknown} encoding what Next sent it in
 * @param {unknown} etag
 * @param {Rewrite | undefined} rewrite
 * @param {Allowed} allowed
 * @param {'gzip' | ''} coding what it leaves in
 * @returns {{ body: Buffer, policy: string }}
 */
function finished(body, encoding, etag, rewrite, allowed, coding) {
  const key = etag ? `${etag} ${coding}` : '';
  const known = key ? FINISHED.get(key) : undefined;
  if (known) return { body: known.body ?? body, policy: known.policy };
  const html = decoded(body, encoding);
  const rewritten = rewrite ? rewrite(html) : html;
  const unchanged = rewritten === html && !codingOf(encoding);
  const page = {
    body: coding === 'gzip' ? gzipSync(rewritten) : unchanged ? null : Buffer.from(rewritten),
    policy: contentSecurityPolicy(true, inlineScriptHashes(rewritten, allowed)),
  };
  if (key) {
    FINISHED.set(key, page);
    if (FINISHED.size > REMEMBERED) FINISHED.delete(FINISHED.keys().next().value);
  }
  return { body: page.body ?? body, policy: page.policy };
}

/** A Vary header that names Accept-Encoding (a page's body depends on it). */
function withAcceptEncoding(/** @type {unknown} */ vary) {
  const names = String(vary ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === 'accept-encoding')
    ? names.join(', ')
    : [...names, 'Accept-Encoding'].join(', ');
}

/**
 * Wraps a request handler: the HTML answers to page addresses are held until complete, rewritten
 * by `rewrite` when given, then sent with a policy listing the hashes of the inline scripts
 * `allowed` recognises as the site's own (no other inline script runs). Anything else passes
 * through as is. A HEAD is asked of Next as a GET, so it carries the policy a GET carries (Node
 * sends no body in answer to a HEAD).
 * @param {(request: Request, response: Response) => unknown} handle
 * @param {{ rewrite?: Rewrite, allowed: Allowed }} options
 * @returns {(request: Request, response: Response) => unknown}
 */
export function withPageCsp(handle, { rewrite, allowed }) {
  return (request, response) => {
    const method = request.method;
    if ((method !== 'GET' && method !== 'HEAD') || !PAGE.test(request.url ?? '')) return handle(request, response);
    request.method = 'GET';
    // Next is asked for the page uncompressed; it leaves compressed from here (see FINISHED).
    const coding = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : '';
    delete request.headers['accept-encoding'];
    // Node's overloads, called back with what the app passed.
    const writeHead = /** @type {(...args: any[]) => any} */ (response.writeHead.bind(response));
    const write = /** @type {(...args: any[]) => any} */ (response.write.bind(response));
    const end = /** @type {(...args: any[]) => any} */ (response.end.bind(response));
    /** @type {any[] | null} */
    let head = null;
    /** @type {Buffer[]} */
    const chunks = [];
    const html = () => /^text\/html/.test(String(response.getHeader('content-type') ?? ''));
    const compressible = () =>
      !response.getHeader('content-encoding') &&
      /^(text\/|application\/(json|[\w.+-]*xml))/.test(String(response.getHeader('content-type') ?? ''));
    const toBuffer = (/** @type {any} */ chunk, /** @type {any} */ encoding) =>
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8');

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
        /** @type {Buffer} */
        let body = Buffer.concat(chunks);
        // A 304 carries no page to hash: without a policy of its own, the browser keeps the one
        // stored with its copy (a 304's headers replace the stored ones).
        if (response.statusCode === 304 && !response.headersSent) response.removeHeader('Content-Security-Policy');
        if (html() && body.length && !response.headersSent) {
          try {
            const page = finished(
              body,
              response.getHeader('content-encoding'),
              response.getHeader('etag'),
              rewrite,
              allowed,
              coding,
            );
            body = page.body;
            response.setHeader('Content-Security-Policy', page.policy);
            if (coding) response.setHeader('Content-Encoding', coding);
            else response.removeHeader('Content-Encoding');
            response.setHeader('Vary', withAcceptEncoding(response.getHeader('vary')));
          } catch {
            // Undecodable: sent as it came, with the site-wide policy Next already set.
          }
        } else if (coding && body.length >= 1024 && !response.headersSent && compressible()) {
          // Anything else under a page's address (a feed, a page's RSC payload): gzipped as Next
          // would have, each time (it is not asked of Next compressed either).
          body = gzipSync(body);
          response.setHeader('Content-Encoding', coding);
          response.setHeader('Vary', withAcceptEncoding(response.getHeader('vary')));
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
