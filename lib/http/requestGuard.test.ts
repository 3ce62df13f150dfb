import { describe, expect, it } from 'vitest';
import { guardRequest } from './requestGuard.mjs';

const size = (pathname: string) =>
  pathname === '/_next/static/chunks/a.css' || pathname === '/fonts/a.woff2' ? 1000 : null;
const ask = (method: string, url: string, headers: Record<string, string> = {}) =>
  guardRequest({ method, url, headers }, size)?.status ?? 'next';

describe('guardRequest', () => {
  it.each([
    ['GET', '/ar', {}, 'next'],
    ['HEAD', '/ar/articles/x', {}, 'next'],
    ['TRACE', '/ar', {}, 405],
    ['POST', '/_next/static/chunks/a.css', {}, 405],
    ['OPTIONS', '*', {}, 405],
    ['POST', '/api/publish', {}, 'next'],
    ['GET', '/api/publish', {}, 'next'],
    ['DELETE', '/api/publish', {}, 405],
    ['GET', '/ar/articles/%C0%AF', {}, 400],
    ['GET', '/ar/%zz', {}, 400],
    ['GET', '/ar/%', {}, 400],
    ['GET', '/ar/%00', {}, 400],
    ['GET', '/ar/x%1F', {}, 400],
    ['GET', '/ar/%D9%85?q=%zz', {}, 'next'],
    ['GET', '/_next/image?url=/x&w=64&q=75', {}, 404],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=0-9' }, 'next'],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=-10' }, 'next'],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=999-' }, 'next'],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=1000-' }, 416],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=999999999-' }, 416],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=2000-3000, 5-6' }, 'next'],
    ['GET', '/_next/static/chunks/a.css', { range: 'items=1-2' }, 'next'],
    // The typefaces of public/ too; a suffix of no bytes is no range a file can satisfy.
    ['GET', '/fonts/a.woff2', { range: 'bytes=99999999-' }, 416],
    ['GET', '/fonts/a.woff2', { range: 'bytes=-0' }, 416],
    ['GET', '/fonts/a.woff2', { range: 'bytes=0-9' }, 'next'],
    // Not byte ranges (reversed, not numbers, one bad part): ignored, the whole file is sent.
    ['GET', '/fonts/a.woff2', { range: 'bytes=5-1' }, 'next'],
    ['GET', '/fonts/a.woff2', { range: 'bytes=abc' }, 'next'],
    ['GET', '/_next/static/chunks/a.css', { range: 'bytes=0-1, 5-2' }, 'next'],
    // Request targets that are not paths.
    ['GET', '*', {}, 400],
    ['HEAD', '*', {}, 400],
    ['GET', '*/ar', {}, 400],
    ['GET', 'http://evil.example/ar/articles/x', {}, 400],
    // Dot segments, written or encoded: to the path they resolve to.
    ['GET', '/ar/x/../page/2', {}, 308],
    ['GET', '/ar/./articles/x', {}, 308],
    ['GET', '/ar/articles/%2e%2e/page/2', {}, 308],
    ['GET', '/ar/articles/x..y', {}, 'next'],
    // A page as a payload by its suffix: never a page of this site.
    ['GET', '/ar.rsc', {}, 404],
    ['GET', '/ar/articles/x.rsc', {}, 404],
    ['GET', '/sitemaps/sitemap/2025-01.xml.rsc', {}, 404],
    ['GET', '/ar/articles/x?_rsc=abc', {}, 'next'],
    ['GET', '/_next/static/chunks/missing.css', { range: 'bytes=999999999-' }, 'next'],
  ])('%s %s %j → %s', (method, url, headers, expected) => {
    expect(ask(method, url, headers)).toBe(expected);
  });

  it('sends dot segments to the path they resolve to, with the query', () => {
    expect(guardRequest({ method: 'GET', url: '/ar/x/../page/2?a=1', headers: {} }, size)?.headers).toEqual({
      Location: '/ar/page/2?a=1',
    });
  });

  it('ignores a Range that is not a byte range: the header is removed', () => {
    const request = { method: 'GET', url: '/fonts/a.woff2', headers: { range: 'bytes=5-1' } as Record<string, string> };
    expect(guardRequest(request, size)).toBeNull();
    expect(request.headers.range).toBeUndefined();
  });

  it('tells which methods are allowed, and the size an unsatisfiable range missed', () => {
    expect(guardRequest({ method: 'TRACE', url: '/', headers: {} }, size)?.headers).toEqual({ Allow: 'GET, HEAD' });
    expect(
      guardRequest({ method: 'GET', url: '/_next/static/chunks/a.css', headers: { range: 'bytes=5000-' } }, size)
        ?.headers,
    ).toEqual({ 'Content-Range': 'bytes */1000' });
  });
});
