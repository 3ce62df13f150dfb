import type { ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { appRoutes } from '../lib/routes/appRoutes';
import { copyBuild, startAppServer, stopAppServer } from './helpers/appServer';
import { SEED_SLUG } from './helpers/ReaderPage';
import { REDIS_SERVER, redisCommand, redisKeys, startRedis } from './helpers/redis';
import { PORTS } from './helpers/ports';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // Hostile requests generated from the route table (the folders of app/ and public/, as
  // lib/routes/appRoutes.ts reads them): every route, written every way an attacker can, on a
  // server of its own sharing its cache in Redis. A route added later is asked for too (its
  // unknown forms at least) without anyone editing this file.
  const DIST = '.next-hostile-e2e';
  const PORT = PORTS.hostileGenerated;
  const origin = `http://127.0.0.1:${PORT}`;
  let server: ChildProcess | undefined;
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;

  test.skip(!!process.env.BASE_URL, 'starts a server of its own');
  test.skip(!REDIS_SERVER, 'needs redis-server (.ci/run installs it)');
  test.describe.configure({ mode: 'serial' });

  // A real address of the routes whose segments the site fills in; a route without one here is
  // still asked for in all its unknown forms.
  const FONT = readdirSync('public/fonts')[0]!;
  const REAL: Record<string, string> = {
    '/': '/',
    '/[locale]': '/ar',
    '/[locale]/articles/[slug]': `/ar/articles/${SEED_SLUG}`,
    '/[locale]/articles/[slug]/history': `/en/articles/${SEED_SLUG}/history`,
    '/[locale]/articles/[slug]/history/[from]/[to]': `/ar/articles/${SEED_SLUG}/history/1/2`,
    '/[locale]/page/[page]': '/en/page/2',
    '/[locale]/topics/[topic]': '/ar/topics/nato',
    '/[locale]/topics/[topic]/page/[page]': '/ar/topics/nato/page/2',
    '/[locale]/feed.xml': '/en/feed.xml',
    '/[locale]/topics/[topic]/feed.xml': '/ar/topics/nato/feed.xml',
    '/[locale]/offline': '/ar/offline',
    '/og/[file]': `/og/${SEED_SLUG}.ar.png`,
    '/glossary/[file]': `/glossary/${SEED_SLUG}.json`,
    '/search-index/[...file]': '/search-index/shards.json',
    '/sitemaps/sitemap/[id].xml': '/sitemaps/sitemap/lists.xml',
    '/fonts/[file]': `/fonts/${FONT}`,
  };
  const ROUTES = appRoutes();

  const DYNAMIC = /^\[(?:\.\.\.)?\w+\](\.\w+)?$/;
  const JUNK = ['zz-unknown-1', 'x'.repeat(5000), '%FF', '%C3%A9t%C3%A9', '..%2F..%2Fpackage.json', 'nato%00'];

  /** `address` with its segment `index` rewritten by `change` (null when it has no such segment). */
  function withSegment(address: string, index: number, change: (segment: string) => string | null) {
    const segments = address.split('/');
    const changed = segments[index] ? change(segments[index]) : null;
    if (changed === null || changed === segments[index]) return null;
    segments[index] = changed;
    return segments.join('/');
  }
  const hex = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
  const firstLetter = /[a-z]/i;

  /** Forms of a real address that must lead back to it (308 to the plain form). */
  function sameAddress(real: string): string[] {
    const forms = real
      .split('/')
      .flatMap((_, index) => [withSegment(real, index, (segment) => segment.replace(firstLetter, hex))]);
    if (real !== '/') forms.push(`${real}/`, real.replace(/^\//, '//'));
    return forms.filter((form): form is string => !!form);
  }

  /** Forms of a real address that are another, unknown one. */
  function otherAddresses(real: string): string[] {
    return real
      .split('/')
      .flatMap((_, index) => [
        // Double encoding: %2561 is "%61", not "a".
        withSegment(real, index, (segment) => segment.replace(firstLetter, (char) => `%25${hex(char).slice(1)}`)),
        withSegment(real, index, (segment) => (/[a-z]/.test(segment) ? segment.toUpperCase() : null)),
        withSegment(real, index, (segment) => `${segment}.`),
      ])
      .filter((form): form is string => !!form && form !== real);
  }

  /**
   * Unknown addresses of a route: one dynamic segment at a time made another id, overlong,
   * non-UTF-8, non-ASCII, a traversal or a NUL, the others as in its real address (when it has one;
   * else junk too) — and each again with its first letter percent-encoded (`/%61r/topics/…`).
   */
  function unknownAddresses(pattern: string, real?: string): string[] {
    const parts = pattern.split('/');
    const realParts = real?.split('/');
    const addresses = parts.flatMap((part, index) => {
      const dynamic = DYNAMIC.exec(part);
      if (!dynamic) return [];
      return JUNK.map((junk) =>
        parts
          .map((other, at) => {
            if (at === index) return `${junk}${dynamic[1] ?? ''}`;
            if (!DYNAMIC.test(other)) return other;
            return realParts?.[at] ?? `zz-unknown-2${DYNAMIC.exec(other)![1] ?? ''}`;
          })
          .join('/'),
      );
    });
    const encoded = addresses.flatMap(
      (address) => withSegment(address, 1, (segment) => segment.replace(firstLetter, hex)) ?? [],
    );
    return [...new Set([...addresses, ...encoded])];
  }

  interface Answer {
    url: string;
    status: number;
    headers: Headers;
    body: string;
  }

  /** Asks for `address` (GET or HEAD), following up to 3 redirects; every answer on the way. */
  async function ask(address: string, method = 'GET'): Promise<Answer[]> {
    const answers: Answer[] = [];
    let url = `${origin}${address}`;
    for (let hop = 0; hop < 4; hop++) {
      const response = await fetch(url, { method, redirect: 'manual' });
      answers.push({ url, status: response.status, headers: response.headers, body: await response.text() });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) break;
      url = new URL(location, url).href;
    }
    return answers;
  }

  /** No answer is a 5xx, and every HTML answer runs no inline script but by hash. */
  function expectBounded(answers: Answer[]) {
    for (const { url, status, headers } of answers) {
      expect(status, url).toBeLessThan(500);
      if (!/^text\/html/.test(headers.get('content-type') ?? '')) continue;
      const scriptSrc = (headers.get('content-security-policy') ?? '').split(';').find((d) => d.includes('script-src'));
      // 'self', then only hashes (none on a 404), then WebAssembly's compile: never 'unsafe-inline'.
      expect(scriptSrc?.trim(), url).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')* 'wasm-unsafe-eval'$/);
    }
  }

  /** Qari's own 404: a page without scripts, kept by an edge a few seconds. */
  function expectQariNotFound(answers: Answer[]) {
    const last = answers.at(-1)!;
    expect([404, 400], last.url).toContain(last.status);
    if (last.status === 400) return; // The request guard: an address no page can have.
    expect(last.body, last.url).toContain('<meta name="robots" content="noindex">');
    expect(last.body, last.url).not.toContain('<script');
    expect(last.headers.get('cache-control'), last.url).toBe('public, max-age=0, s-maxage=5');
  }

  /** Every file a running server may write into its build (the bundler's cache aside). */
  function buildFiles(dir = DIST): string[] {
    return readdirSync(dir, { recursive: true, withFileTypes: false })
      .map(String)
      .filter((file) => !file.startsWith(path.join('cache', 'turbopack')) && statSync(path.join(dir, file)).isFile())
      .sort();
  }

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(90_000);
    copyBuild(DIST);
    redis = await startRedis();
    server = await startAppServer(PORT, DIST, { REDIS_URL: redis.url });
  });

  test.afterAll(async () => {
    await stopAppServer(server);
    redis?.close();
  });

  test('every route of app/, asked for in every hostile form: no 5xx, no cache entry, the strict policy, Qari’s 404', async () => {
    test.setTimeout(60_000);
    expect(
      Object.keys(REAL).every((pattern) => ROUTES.includes(pattern)),
      'examples of routes that exist',
    ).toBe(true);
    // The real pages first (a redirect below may lead to one): each is cached once, as it may be.
    for (const real of Object.values(REAL)) await ask(real);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = { files: buildFiles(), keys: await redisKeys(redis!.url) };
    for (const pattern of ROUTES) {
      const real = REAL[pattern];
      for (const address of unknownAddresses(pattern, real)) {
        const answers = await ask(address);
        expectBounded(answers);
        expectQariNotFound(answers);
      }
      if (!real) continue;
      for (const address of otherAddresses(real)) {
        const answers = await ask(address);
        expectBounded(answers);
        // next-intl takes a locale in any case (`/AR` → `/ar`): a redirect no one may cache.
        const last = answers.at(-1)!;
        if (last.status === 200 && new URL(last.url).pathname === real) {
          expect(answers[0]!.headers.get('cache-control'), address).toBe('private, no-store');
        } else expectQariNotFound(answers);
      }
      for (const address of sameAddress(real)) {
        const [first, ...rest] = await ask(address);
        expectBounded([first!, ...rest]);
        expect(first!.status, address).toBe(308);
        expect(new URL(first!.headers.get('location')!, origin).pathname, address).toBe(real);
      }
    }
    // Not one file in the build, not one key in Redis, for an address that is not a page.
    expect(buildFiles()).toEqual(before.files);
    expect(await redisKeys(redis!.url)).toEqual(before.keys);
  });

  test('every real address answers GET and HEAD alike, under the strict policy', async () => {
    for (const real of Object.values(REAL)) {
      const get = await ask(real);
      const head = await ask(real, 'HEAD');
      expectBounded([...get, ...head]);
      expect(head.at(-1)!.status, real).toBe(get.at(-1)!.status);
      expect(get.at(-1)!.status, real).toBe(200);
      expect(head.at(-1)!.headers.get('content-security-policy'), real).toBe(
        get.at(-1)!.headers.get('content-security-policy'),
      );
    }
  });

  test('10 concurrent first requests for everything made on request get one answer, never a 5xx', async () => {
    // Never asked for on this server yet: an archive article, its images, a deep list page, a topic feed.
    const first = [
      '/og/synthetic-0004.en.png',
      '/og/synthetic-0004.ar.png',
      '/en/articles/synthetic-0004',
      '/ar/page/3',
      '/en/topics/romania/feed.xml',
      '/glossary/synthetic-0004.json',
      '/sitemaps/sitemap/lists.xml',
    ];
    for (const address of first) {
      const burst = await Promise.all(Array.from({ length: 10 }, () => fetch(`${origin}${address}`)));
      expect(
        burst.map((response) => response.status),
        address,
      ).toEqual(Array(10).fill(200));
      const bodies = await Promise.all(burst.map(async (response) => Buffer.from(await response.arrayBuffer())));
      if (!address.startsWith('/og/')) continue;
      // Every crawler of a chat group gets the same image.
      expect(new Set(bodies.map((body) => body.toString('base64'))).size, address).toBe(1);
    }
  });

  test('Redis, full, evicts pages and never the tags that make a revalidation reach every server', async () => {
    // deploy/redis.conf: only keys with an expiry are evicted; pages carry one, the tag maps none.
    expect(await redisCommand(redis!.url, 0, 'CONFIG', 'GET', 'maxmemory-policy')).toEqual([
      'maxmemory-policy',
      'volatile-lru',
    ]);
    const keys = await redisKeys(redis!.url);
    const tags = keys.filter((key) => /__sharedTags__|__revalidated_tags__/.test(key));
    const pages = keys.filter((key) => /\/(ar|en)\/articles\//.test(key));
    expect(tags.length, keys.join('\n')).toBeGreaterThan(0);
    expect(pages.length, keys.join('\n')).toBeGreaterThan(0);
    const ttl = (key: string) => redisCommand(redis!.url, Number(key.split(':')[0]), 'TTL', key.slice(2));
    for (const tag of tags) expect(await ttl(tag), tag).toBe(-1);
    for (const page of pages) expect(await ttl(page), page).toBeGreaterThan(0);
  });

  test('Range headers and request targets Next cannot take: an answer, never a 5xx', async () => {
    const page = await (await fetch(`${origin}/ar`)).text();
    const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(page)![1]!;
    for (const file of [REAL['/fonts/[file]']!, chunk]) {
      for (const range of ['bytes=5-1', 'bytes=abc', 'bytes=99999999-', 'bytes=-0', 'bytes=0-1, 5-2', 'bytes=0-9']) {
        const { status } = await fetch(`${origin}${file}`, { headers: { range } });
        expect([200, 206, 416], `${file} ${range}`).toContain(status);
      }
    }
    // Raw request lines no browser sends: `*`, and an absolute URL naming another host.
    const { connect } = await import('node:net');
    for (const target of ['*', '*/ar', 'http://evil.example/ar/articles/' + SEED_SLUG]) {
      const reply = await new Promise<string>((resolve) => {
        const socket = connect(PORT, '127.0.0.1', () =>
          socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
        );
        let text = '';
        socket.on('data', (data) => (text += data));
        socket.on('close', () => resolve(text));
      });
      expect(reply.split('\r\n')[0], target).toBe('HTTP/1.1 400 Bad Request');
      expect(reply, target).not.toContain('evil.example');
    }
  });
});
