import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import { withErrorPages } from './serverErrors.mjs';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;
const HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'" };
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** Serves `handle` as lib/http/serve.mjs would, and asks it for `path`. */
async function ask(handle: Handler, path: string, method = 'GET') {
  const logged: unknown[] = [];
  const server = createServer(withErrorPages(handle, { ar, en }, HEADERS, (error) => logged.push(error)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
  return { response, body: await response.text(), logged };
}

describe('withErrorPages', () => {
  it.each<[string, Handler]>([
    ['ends with a bare 500', (_q, s) => ((s.statusCode = 500), s.end('Internal Server Error'))],
    [
      'streams a 500 in chunks',
      (_q, s) => ((s.statusCode = 500), s.write('<html id="__next_error__">'), s.end('</html>')),
    ],
    [
      'calls writeHead(500) with its own headers',
      (_q, s) => (s.writeHead(500, { 'Cache-Control': 'public, s-maxage=3600' }), s.end('x')),
    ],
    [
      'sends a compressed 500',
      (_q, s) => {
        s.statusCode = 500;
        s.setHeader('Content-Encoding', 'gzip');
        s.end(gzipSync('Internal Server Error'));
      },
    ],
    [
      'throws',
      () => {
        throw new Error('broken build');
      },
    ],
    ['rejects', async () => Promise.reject(new Error('broken build'))],
  ])(
    'a handler that %s: the reader gets the localized error page, uncached, with the security headers',
    async (_name, handle) => {
      const { response, body } = await ask(handle, '/en/articles/x');
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(body).toContain('<html lang="en" dir="ltr">');
      expect(body).toContain(`<title>${en.ServerError.title} · ${en.Metadata.siteName}</title>`);
      expect(body).toContain(`<h1>${en.ServerError.title}</h1>`);
      expect(body).not.toMatch(/Internal Server Error|__next_error__|broken build/);
    },
  );

  it('answers in Arabic outside /en, keeps a 503 a 503, and logs what was thrown', async () => {
    const thrown = await ask(() => {
      throw new Error('broken build');
    }, '/ar/articles/x');
    expect(thrown.body).toContain('<html lang="ar" dir="rtl">');
    expect(thrown.body).toContain(`<h1>${ar.ServerError.title}</h1>`);
    expect(thrown.logged).toEqual([new Error('broken build')]);
    const unavailable = await ask((_q, s) => ((s.statusCode = 503), s.end()), '/');
    expect(unavailable.response.status).toBe(503);
    expect(unavailable.body).toContain(`<h1>${ar.ServerError.title}</h1>`);
  });

  it('sends no body to HEAD', async () => {
    const { response, body } = await ask((_q, s) => ((s.statusCode = 500), s.end('x')), '/ar', 'HEAD');
    expect(response.status).toBe(500);
    expect(body).toBe('');
  });

  it('leaves every other answer as it was written', async () => {
    const page = await ask((_q, s) => {
      s.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'public, max-age=60' });
      s.write('first ');
      s.end('second');
    }, '/ar');
    expect(page.response.status).toBe(200);
    expect(page.response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(page.body).toBe('first second');
    const missing = await ask((_q, s) => ((s.statusCode = 404), s.end('not here')), '/ar/x');
    expect([missing.response.status, missing.body]).toEqual([404, 'not here']);
  });

  it('lets an API answer written on purpose as JSON through, and replaces any other 5xx under /api/', async () => {
    const reason = JSON.stringify({ error: 'the shared cache does not answer' });
    const refused = await ask((_q, s) => {
      s.statusCode = 503;
      s.setHeader('Content-Type', 'application/json');
      s.end(reason);
    }, '/api/publish');
    expect([refused.response.status, refused.body]).toEqual([503, reason]);
    const written = await ask(
      (_q, s) => (s.writeHead(503, { 'Content-Type': 'application/json' }), s.end(reason)),
      '/api/publish',
    );
    expect([written.response.status, written.body]).toEqual([503, reason]);
    const crashed = await ask((_q, s) => ((s.statusCode = 500), s.end('Internal Server Error')), '/api/publish');
    expect(crashed.body).toContain(`<h1>${ar.ServerError.title}</h1>`);
    const page = await ask((_q, s) => {
      s.statusCode = 503;
      s.setHeader('Content-Type', 'application/json');
      s.end(reason);
    }, '/ar');
    expect(page.body).toContain(`<h1>${ar.ServerError.title}</h1>`);
  });
});
