import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isOwnScript } from './ownScripts.mjs';
import { acceptsGzip, withPageCsp } from './pageCsp.mjs';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const SITE_WIDE = "script-src 'self' 'unsafe-inline'";
const PAGE =
  '<html><head><script>self.__next_f.push([1,"ا"])</script></head><body><script>boot()</script></body></html>';
let close: (() => void) | null = null;

/** Serves `handler` behind withPageCsp on a free loopback port; returns its origin. */
async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  rewrite?: (html: string) => string,
  allowed: (script: string) => boolean = () => true,
) {
  const server = createServer(withPageCsp(handler, { rewrite, allowed }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => close?.());

describe('withPageCsp', () => {
  it('sends a page with a policy listing its own inline scripts, written in pieces, body untouched', async () => {
    const origin = await serve((_request, response) => {
      response.setHeader('Content-Security-Policy', SITE_WIDE);
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(PAGE.slice(0, 30));
      response.end(PAGE.slice(30));
    });
    const answer = await fetch(`${origin}/ar/articles/x`);
    const policy = answer.headers.get('content-security-policy')!;
    expect(policy).toContain(`script-src 'self' ${sha('self.__next_f.push([1,"ا"])')} ${sha('boot()')}`);
    expect(policy.split(';').find((directive) => directive.includes('script-src'))).not.toContain("'unsafe-inline'");
    expect(await answer.text()).toBe(PAGE);
  });

  it('reads the scripts of a gzipped page', async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' });
      response.end(gzipSync(PAGE));
    });
    const answer = await fetch(`${origin}/en`);
    expect(answer.headers.get('content-security-policy')).toContain(sha('boot()'));
    expect(await answer.text()).toBe(PAGE);
  });

  it('leaves answers that are not pages alone, and sends no policy with a 304', async () => {
    const origin = await serve((request, response) => {
      response.setHeader('Content-Security-Policy', SITE_WIDE);
      if (request.url === '/ar/cached') {
        response.writeHead(304);
        response.end();
        return;
      }
      response.writeHead(200, {
        'Content-Type': request.url === '/ar/feed.xml' ? 'application/atom+xml' : 'text/html',
      });
      response.end(PAGE);
    });
    for (const path of ['/ar/feed.xml', '/robots.txt']) {
      expect((await fetch(`${origin}${path}`)).headers.get('content-security-policy')).toBe(SITE_WIDE);
    }
    expect((await fetch(`${origin}/ar/cached`)).headers.get('content-security-policy')).toBeNull();
  });

  it('sends a page rewritten on its way out, in its encoding, with the policy of what it sends', async () => {
    let rewrites = 0;
    const addScript = (html: string) => (rewrites++, html.replace('</body>', '<script>restyle()</script></body>'));
    const origin = await serve((request, response) => {
      const gzipped = request.headers['accept-encoding'] === 'gzip';
      response.writeHead(200, {
        'Content-Type': 'text/html',
        ETag: '"v1"',
        ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(gzipped ? gzipSync(PAGE) : PAGE);
    }, addScript);
    const expected = PAGE.replace('</body>', '<script>restyle()</script></body>');
    for (const encoding of ['gzip', 'gzip', 'identity']) {
      const answer = await fetch(`${origin}/ar/articles/x`, { headers: { 'Accept-Encoding': encoding } });
      expect(await answer.text()).toBe(expected);
      expect(answer.headers.get('content-security-policy')).toContain(sha('restyle()'));
    }
    // The same ETag in the same encoding is rewritten once.
    expect(rewrites).toBe(2);
  });

  it('asks the handler for a page uncompressed, and gzips it here once per ETag for a reader who takes gzip', async () => {
    const asked: (string | undefined)[] = [];
    const origin = await serve((request, response) => {
      asked.push(request.headers['accept-encoding']);
      response.writeHead(200, { 'Content-Type': 'text/html', ETag: '"v2"', Vary: 'RSC' });
      response.end(PAGE);
    });
    const raw = async (encoding: string) => {
      // fetch() would decode the body: read the bytes as sent.
      const { request } = await import('node:http');
      return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve) =>
        request(`${origin}/ar/articles/x`, { headers: { 'Accept-Encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        }).end(),
      );
    };
    const first = await raw('gzip, deflate, br');
    const again = await raw('gzip');
    const plain = await raw('identity');
    expect(asked).toEqual([undefined, undefined, undefined]);
    expect([first.headers['content-encoding'], plain.headers['content-encoding']]).toEqual(['gzip', undefined]);
    expect(gunzipSync(first.body).toString()).toBe(PAGE);
    expect(again.body.equals(first.body)).toBe(true);
    expect(plain.body.toString()).toBe(PAGE);
    expect(first.headers['vary']).toBe('RSC, Accept-Encoding');
    expect(first.headers['content-length']).toBe(String(first.body.length));
    expect(first.headers['content-security-policy']).toContain(sha('boot()'));
  });

  it('gzips a feed under a page address too, for a reader who takes gzip', async () => {
    const feed = `<feed>${'<entry>نص</entry>'.repeat(200)}</feed>`;
    const origin = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
      response.end(feed);
    });
    const answer = await fetch(`${origin}/ar/feed.xml`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(await answer.text()).toBe(feed);
  });

  it('hashes only the scripts the site wrote: an injected one gets no hash, so it cannot run', async () => {
    const injected = '<p>text</p><script>alert(document.cookie)</script>';
    const page = PAGE.replace('<body>', `<body>${injected}`);
    const origin = await serve(
      (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.end(page);
      },
      undefined,
      (script) => isOwnScript(script, new Set(['boot()'])),
    );
    const policy = (await fetch(`${origin}/ar/articles/x`)).headers.get('content-security-policy')!;
    expect(policy).toContain(sha('self.__next_f.push([1,"ا"])'));
    expect(policy).toContain(sha('boot()'));
    expect(policy).not.toContain(sha('alert(document.cookie)'));
    expect(policy.split(';').find((directive) => directive.includes('script-src'))).not.toContain("'unsafe-inline'");
  });

  it('answers a HEAD with the policy a GET gets, and no body', async () => {
    const asked: string[] = [];
    const origin = await serve((request, response) => {
      asked.push(request.method!);
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(PAGE);
    });
    const get = await fetch(`${origin}/ar`);
    const head = await fetch(`${origin}/ar`, { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toBe(get.headers.get('content-security-policy'));
    expect(head.headers.get('content-security-policy')).toContain(sha('boot()'));
    expect(await head.text()).toBe('');
    expect(asked).toEqual(['GET', 'GET']);
  });
});

describe('acceptsGzip', () => {
  it('reads the codings a reader takes, with their weights', () => {
    expect(['gzip, deflate, br', 'br;q=1, gzip;q=0.5', '*', 'GZIP'].map(acceptsGzip)).toEqual([true, true, true, true]);
    expect(['br', 'identity', 'gzip;q=0', '', undefined].map(acceptsGzip)).toEqual([false, false, false, false, false]);
  });
});
