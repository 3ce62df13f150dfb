// Answers the requests Next.js itself would answer with a 500 (a stack trace logged for each):
// methods it cannot represent (TRACE, CONNECT), a request target that is not a path (`*`,
// `http://other.example/…`), paths with broken percent-encoding, a Range a file cannot satisfy
// or that is not a range at all, and the image optimizer this site does not use; and the
// requests no page of this site can answer (other methods, control characters, `.rsc`
// addresses, which Next would render and cache as a miss). A path with dot segments is sent to
// the path they resolve to. The caller says how to find a file's size.

const READ_METHODS = new Set(['GET', 'HEAD']);
// The one address that takes a write: content:publish telling the server (app/api/publish),
// after asking it (GET) whether a publish can go through now.
const PUBLISH_PATH = '/api/publish';
// A NUL or other control character has no place in an address of this site (`%00` would
// otherwise be normalised away and land on a real page).
const CONTROL_CHARACTER = /%(?:0[0-9a-f]|1[0-9a-f]|7f)/i;
const BYTE_RANGE = /^(\d*)-(\d*)$/;
// `.`/`..` segments, written out or percent-encoded.
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(?=\/|$)/i;
// Next strips `.rsc` before routing, renders the page as a payload and caches a miss under the
// address with the suffix; its client router never asks for one (it sends `?_rsc=` with headers).
const RSC_SUFFIX = /\.rsc$/;

/**
 * @typedef {{ status: number, headers?: Record<string, string>, body: string }} GuardAnswer
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 *   a Range that is no byte range is removed from its headers (a server may ignore it, RFC 9110 §14.2)
 * @param {(pathname: string) => number | null} fileSize size of the file a path serves (a build or
 *   public file), or null
 * @returns {GuardAnswer | null} the answer, or null to let Next handle the request
 */
export function guardRequest(request, fileSize) {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const pathname = target.split('?', 1)[0] ?? '/';
  if (method === 'OPTIONS' && target === '*') {
    return { status: 405, headers: { Allow: 'GET, HEAD' }, body: 'Method Not Allowed' };
  }
  // `*`, or an absolute URL naming another host (which Next would redirect to): not a path.
  if (!pathname.startsWith('/')) return { status: 400, body: 'Bad Request: the address is not a path' };
  if (pathname === PUBLISH_PATH) {
    return method === 'POST' || method === 'GET'
      ? null
      : { status: 405, headers: { Allow: 'GET, POST' }, body: 'Method Not Allowed' };
  }
  if (!READ_METHODS.has(method)) {
    // Every page is static: reading is all there is.
    return { status: 405, headers: { Allow: 'GET, HEAD' }, body: 'Method Not Allowed' };
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, body: 'Bad Request: the address is not correctly encoded' };
  }
  if (CONTROL_CHARACTER.test(pathname)) return { status: 400, body: 'Bad Request' };
  if (DOT_SEGMENT.test(pathname)) {
    const resolved = new URL(pathname.replace(/%2e/gi, '.'), 'http://site').pathname;
    const query = target.slice(pathname.length);
    return { status: 308, headers: { Location: `${resolved}${query}` }, body: 'Permanent Redirect' };
  }
  if (pathname === '/_next/image' || pathname.startsWith('/_next/image/') || RSC_SUFFIX.test(pathname)) {
    return { status: 404, body: 'Not Found' };
  }
  const range = request.headers.range;
  if (range !== undefined) {
    const ranges = byteRanges(range);
    if (!ranges) delete request.headers.range;
    else {
      const size = fileSize(pathname);
      if (size !== null && !ranges.some(([first, last]) => satisfiable(first, last, size))) {
        return { status: 416, headers: { 'Content-Range': `bytes */${size}` }, body: 'Range Not Satisfiable' };
      }
    }
  }
  return null;
}

/**
 * The byte ranges of a Range header ([first, last], '' where not given), or null when it is not
 * a list of byte ranges (another unit, a reversed range, anything else): then it is ignored.
 * @param {unknown} header
 * @returns {[string, string][] | null}
 */
function byteRanges(header) {
  if (typeof header !== 'string' || !header.startsWith('bytes=')) return null;
  /** @type {[string, string][]} */
  const ranges = [];
  for (const part of header.slice('bytes='.length).split(',')) {
    const match = BYTE_RANGE.exec(part.replace(/\s+/g, ''));
    if (!match) return null;
    const [, first = '', last = ''] = match;
    if (first === '' && last === '') return null;
    if (first !== '' && last !== '' && Number(first) > Number(last)) return null;
    ranges.push([first, last]);
  }
  return ranges;
}

/**
 * Whether a byte range falls inside a file of `size` bytes (RFC 9110 §14.1.2).
 * @param {string} first @param {string} last @param {number} size
 */
function satisfiable(first, last, size) {
  if (first === '') return Number(last) > 0 && size > 0; // a suffix: the last N bytes
  return Number(first) < size;
}
