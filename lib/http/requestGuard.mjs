// Answers the requests Next.js itself would answer with a 500 (a stack trace logged for each):
// methods it cannot represent (TRACE, CONNECT), paths with broken percent-encoding, an
// unsatisfiable Range on a static file, and the image optimizer this site does not use; and
// the requests no page of this site can answer (other methods, control characters).
// Pure: the caller says how to find a static file's size.

const READ_METHODS = new Set(['GET', 'HEAD']);
// The one address that takes a write: content:publish telling the server (app/api/publish),
// after asking it (GET) whether a publish can go through now.
const PUBLISH_PATH = '/api/publish';
// A NUL or other control character has no place in an address of this site (`%00` would
// otherwise be normalised away and land on a real page).
const CONTROL_CHARACTER = /%(?:0[0-9a-f]|1[0-9a-f]|7f)/i;
const RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * @typedef {{ status: number, headers?: Record<string, string>, body: string }} GuardAnswer
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {(pathname: string) => number | null} staticFileSize size of a `/_next/static/` file, or null
 * @returns {GuardAnswer | null} the answer, or null to let Next handle the request
 */
export function guardRequest(request, staticFileSize) {
  const method = request.method ?? 'GET';
  const target = request.url ?? '/';
  const pathname = target.split('?', 1)[0] ?? '/';
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
  if (pathname === '/_next/image' || pathname.startsWith('/_next/image/')) {
    return { status: 404, body: 'Not Found' };
  }
  const range = request.headers.range;
  if (typeof range === 'string' && pathname.startsWith('/_next/static/')) {
    const size = staticFileSize(pathname);
    if (size !== null && !satisfiable(range, size)) {
      return { status: 416, headers: { 'Content-Range': `bytes */${size}` }, body: 'Range Not Satisfiable' };
    }
  }
  return null;
}

/** Whether any range of a `bytes=` header falls inside a file of `size` bytes (RFC 9110 §14.1.2). */
function satisfiable(header, size) {
  return header.split(',').some((part) => {
    const match = RANGE.exec(part.trim().replace(/\s+/g, ''));
    if (!match) return true; // not a byte range we understand: the server may ignore it
    const [, first, last] = match;
    if (first === '' && last === '') return true;
    if (first === '') return Number(last) > 0 && size > 0; // a suffix: the last N bytes
    return Number(first) < size;
  });
}
