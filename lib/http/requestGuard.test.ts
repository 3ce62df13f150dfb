import { describe, expect, it } from 'vitest';
import { guardRequest } from './requestGuard.mjs';

const size = (pathname: string) => (pathname === '/_next/static/chunks/a.css' ? 1000 : null);
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
    ['GET', '/_next/static/chunks/missing.css', { range: 'bytes=999999999-' }, 'next'],
  ])('%s %s %j → %s', (method, url, headers, expected) => {
    expect(ask(method, url, headers)).toBe(expected);
  });

  it('tells which methods are allowed, and the size an unsatisfiable range missed', () => {
    expect(guardRequest({ method: 'TRACE', url: '/', headers: {} }, size)?.headers).toEqual({ Allow: 'GET, HEAD' });
    expect(
      guardRequest({ method: 'GET', url: '/_next/static/chunks/a.css', headers: { range: 'bytes=5000-' } }, size)
        ?.headers,
    ).toEqual({ 'Content-Range': 'bytes */1000' });
  });
});
