import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { SEED_SLUG } from './helpers/ReaderPage';
import { expectSecurityHeaders, ROUTER_REQUEST_HEADERS } from './helpers/securityHeaders';
import { everythingLoaded } from './helpers/ready';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  /** A stack trace or an error name in a response body would tell an attacker about the server. */
  const LEAK = /\bat \S+ \(|node_modules|ContentError|TypeError|\.tsx?:\d+/;
  const ARTICLE = `/ar/articles/${SEED_SLUG}`;

  // Each request an attacker or a careless link can send, and the status it must get.
  const hostile: [path: string, status: number][] = [
    ['/ar/articles/..%2F..%2F..%2Fetc%2Fpasswd', 404],
    ['/ar/articles/%2e%2e%2f%2e%2e%2fpackage.json', 404],
    ['/ar/articles/' + 'a'.repeat(3000), 404],
    ['/ar/articles/%D9%85%D9%82%D8%A7%D9%84', 404],
    ['/ar/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
    [`${ARTICLE}/extra`, 404],
    ['/xx/articles/nato', 404],
    ['/ar/%00', 400],
    [`${ARTICLE}%00`, 400],
    ['/_next/static/..%2f..%2fpackage.json', 404],
    // Broken percent-encodings.
    ['/ar/articles/%C0%AF', 400],
    ['/ar/articles/%FF', 400],
    ['/ar/articles/%zz', 400],
    ['/ar/articles/%', 400],
    // Near-duplicates of a real article are not a second copy of it.
    [`${ARTICLE}%20`, 404],
    [`${ARTICLE}%E2%80%A8`, 404],
    [`${ARTICLE}%E2%80%A9`, 404],
    [`/ar/articles/${SEED_SLUG.toUpperCase()}`, 404],
    [`/en/articles/${SEED_SLUG}.html`, 404],
    // The image optimizer: the site has no images.
    ['/_next/image?url=/x&w=64&q=75', 404],
    ['/_next/image?url=https%3A%2F%2Fexample.com%2Fa.png&w=64&q=75', 404],
  ];

  for (const [path, status] of hostile) {
    test(`${path.slice(0, 60)} answers ${status} with the security headers, and leaks nothing`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 3 });
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response.headers(), path);
      const body = await response.text();
      expect(body).not.toMatch(LEAK);
      expect(body).not.toContain('<script>alert(1)');
    });
  }

  test("a search hit's sections: unknown or hostile slugs get null in their place, never an error", async ({
    request,
  }) => {
    const slugs = [SEED_SLUG, '..%2F..%2Fpackage', 'missing', '%00', 'a'.repeat(300)].join(',');
    const response = await request.get(`/search-index/text.json?slugs=${slugs}&q=${'الناتو '.repeat(60)}`);
    expect(response.status()).toBe(200);
    const sections = (await response.json()) as ({ id: string; ar: string } | null)[];
    expect(sections.slice(1)).toEqual([null, null, null, null]);
    expect(sections[0]?.ar).toContain('الناتو');
  });

  test('an unknown article is the localized 404 page', async ({ request }) => {
    const response = await request.get('/en/articles/%3Cscript%3E');
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  test('HEAD answers like GET, without a body; other methods are refused with 405', async ({ request }) => {
    expect((await request.head(ARTICLE)).status()).toBe(200);
    expect((await request.head('/ar/articles/nothing-here')).status()).toBe(404);
    for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      for (const path of [ARTICLE, '/robots.txt', '/_next/static/chunks/x.js']) {
        const response = await request.fetch(path, { method });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()['allow']).toBe('GET, HEAD');
        expectSecurityHeaders(response.headers(), `${method} ${path}`);
      }
    }
  });

  test('CONNECT is refused with 405', async ({ baseURL }) => {
    const { hostname, port } = new URL(baseURL!);
    test.skip(!/^(127\.0\.0\.1|localhost)$/.test(hostname), 'spoken over a raw socket to the local server only');
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(`CONNECT ${hostname}:${port} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
  });

  test('a static file honours a good Range and refuses an unsatisfiable one with 416', async ({ request, page }) => {
    await page.goto(ARTICLE);
    const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(asset).toMatch(/^\/_next\/static\//);
    const part = await request.get(asset!, { headers: { Range: 'bytes=0-9' } });
    expect(part.status()).toBe(206);
    expect((await part.body()).length).toBe(10);
    const beyond = await request.get(asset!, { headers: { Range: 'bytes=999999999-' } });
    expect(beyond.status()).toBe(416);
    expect(beyond.headers()['content-range']).toMatch(/^bytes \*\/\d+$/);
    expectSecurityHeaders(beyond.headers(), 'a 416');
  });

  test("a client router's request is never publicly cacheable", async ({ request }) => {
    for (const headers of ROUTER_REQUEST_HEADERS) {
      const response = await request.get(ARTICLE, { headers, maxRedirects: 0 });
      expect(response.headers()['cache-control'], JSON.stringify(headers)).toBe('private, no-store');
      expect(response.headers()['vary']).toMatch(/RSC/i);
    }
    // The page itself stays cacheable for everyone else.
    expect((await request.get(ARTICLE)).headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+/);
  });

  test('HSTS is sent on answers that went out over https', async ({ request }) => {
    const secure = await request.get('/en', { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(secure.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  test('every page and file carries the security headers', async ({ request }) => {
    for (const path of [ARTICLE, '/en', '/ar/articles/missing', '/robots.txt', '/sitemap.xml']) {
      expectSecurityHeaders((await request.get(path)).headers(), path);
    }
  });

  test('caches: pages for the edge, assets forever, the language redirect never shared', async ({ request, page }) => {
    const reader = await request.get(ARTICLE);
    // Fresh for an edge a few seconds; stale copies are the edge's to serve, never a browser's
    // (a corrected article must not show its old text from the browser's cache).
    expect(reader.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5');
    expect(reader.headers()['cdn-cache-control']).toMatch(/^max-age=5, stale-while-revalidate=\d+/);
    const root = await request.get('/', { maxRedirects: 0 });
    expect(root.status()).toBe(307);
    expect(root.headers()['cache-control']).toBe('private, no-store');

    const assets: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/_next/static/')) assets.push(response.headers()['cache-control'] ?? '');
    });
    await page.goto(ARTICLE);
    await everythingLoaded(page);
    expect(assets.length).toBeGreaterThan(0);
    for (const value of assets) expect(value).toContain('immutable');
  });

  test('no Content-Security-Policy violation while reading', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`/en/articles/${SEED_SLUG}?summary=on`);
    await page.getByRole('button', { name: /English summary/ }).click();
    await everythingLoaded(page);
    expect(violations).toEqual([]);
  });
});
