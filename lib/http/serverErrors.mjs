// Next answers an error it cannot render (a page that throws at request time, a broken build)
// with a bare "Internal Server Error" or an empty error shell that only JavaScript fills. The
// production server passes every response through here: a 5xx, whatever wrote it, goes out as
// Qari's own error page in the reader's language, with the security headers, never cached.
import { errorDocument, localeOfPath } from './errorDocument.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {{ Metadata: { siteName: string }, SiteHeader: { brand: string, home: string }, ServerError: { title: string, description: string, backHome: string } }} Messages */

/** Calls the callback a write/end call may carry, as Node would once the data was handled. */
function settle(/** @type {unknown[]} */ args) {
  const callback = args.findLast((arg) => typeof arg === 'function');
  if (callback) queueMicrotask(() => callback());
}

/**
 * @param {(request: Request, response: Response) => unknown} handle Next's request handler
 * @param {{ ar: Messages, en: Messages }} messages the UI strings of each locale
 * @param {Record<string, string>} securityHeaders sent with the error page
 * @param {(error: unknown) => void} [log]
 * @returns {(request: Request, response: Response) => void}
 */
export function withErrorPages(handle, messages, securityHeaders, log = console.error) {
  return (request, response) => {
    // Node's overloads, called back with what the app passed.
    const writeHead = /** @type {(...args: any[]) => any} */ (response.writeHead.bind(response));
    const write = /** @type {(...args: any[]) => any} */ (response.write.bind(response));
    const end = /** @type {(...args: any[]) => any} */ (response.end.bind(response));
    let replaced = false;

    /** Drops what Next wrote so far (headers only: no byte has left) and sends our page. */
    const sendErrorPage = () => {
      replaced = true;
      const status = response.statusCode >= 500 ? response.statusCode : 500;
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      const locale = localeOfPath(request.url);
      const body = errorDocument(locale, messages[locale], messages[locale].ServerError);
      writeHead(status, {
        ...securityHeaders,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'Cache-Control': 'no-store',
      });
      end(request.method === 'HEAD' ? undefined : body);
    };
    // An API answer the app wrote on purpose (a publish refused while Redis is down: 503 with a
    // JSON reason) reaches its caller as written.
    const api = (request.url ?? '').startsWith('/api/');
    const meant = (/** @type {any[]} */ rest) => {
      if (!api) return false;
      // Headers set before, or handed to writeHead (any case).
      const given = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) ?? {};
      const type =
        response.getHeader('content-type') ??
        Object.entries(given).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
      return /application\/json/.test(String(type ?? ''));
    };
    const failing = () => !replaced && !response.headersSent && response.statusCode >= 500 && !meant([]);

    // Node's own end() calls writeHead() when headers are still unsent: that path comes here too.
    response.writeHead = /** @type {Response['writeHead']} */ (
      (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
        if (replaced) return response;
        if (status >= 500 && !response.headersSent && !meant(rest)) {
          response.statusCode = status;
          sendErrorPage();
          return response;
        }
        return writeHead(status, ...rest);
      }
    );
    response.write = /** @type {Response['write']} */ (
      (/** @type {any[]} */ ...args) => {
        if (failing()) sendErrorPage();
        if (replaced) {
          settle(args);
          return true;
        }
        return write(...args);
      }
    );
    response.end = /** @type {Response['end']} */ (
      (/** @type {any[]} */ ...args) => {
        if (failing()) sendErrorPage();
        if (replaced) {
          settle(args);
          return response;
        }
        return end(...args);
      }
    );

    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error) => {
        log(error);
        if (!response.headersSent) sendErrorPage();
        else response.destroy();
      });
  };
}
