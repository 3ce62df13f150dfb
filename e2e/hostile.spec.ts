import { expect, test } from '@playwright/test';
import { SEED_SLUG } from './helpers/ReaderPage';

test.skip(({ isMobile }) => isMobile, 'the server answers the same whatever the device');

/** A stack trace or an error name in a response body would tell an attacker about the server. */
const LEAK = /\bat \S+ \(|node_modules|ContentError|TypeError|\.tsx?:\d+/;

const hostile = [
  '/ar/articles/..%2F..%2F..%2Fetc%2Fpasswd',
  '/ar/articles/%2e%2e%2f%2e%2e%2fpackage.json',
  '/ar/articles/' + 'a'.repeat(3000),
  '/ar/articles/%D9%85%D9%82%D8%A7%D9%84',
  '/ar/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `/ar/articles/${SEED_SLUG}/extra`,
  '/xx/articles/nato',
  '/ar/%00',
  `/ar/articles/${SEED_SLUG}%00`,
  '/_next/static/..%2f..%2fpackage.json',
];

for (const path of hostile) {
  test(`${path.slice(0, 60)} answers 4xx, never 500, and leaks nothing`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 3 });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toMatch(LEAK);
    expect(body).not.toContain('<script>alert(1)');
  });
}

test('an unknown article is the localized 404 page', async ({ request }) => {
  const response = await request.get('/en/articles/%3Cscript%3E');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
});

test('HEAD answers like GET, without a body; other methods are refused with 405', async ({ request }) => {
  expect((await request.head(`/ar/articles/${SEED_SLUG}`)).status()).toBe(200);
  expect((await request.head('/ar/articles/nothing-here')).status()).toBe(404);
  for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']) {
    const response = await request.fetch(`/ar/articles/${SEED_SLUG}`, { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
  }
});

test('every response carries the security headers, and no X-Powered-By', async ({ request }) => {
  for (const path of [`/ar/articles/${SEED_SLUG}`, '/en', '/ar/articles/missing', '/robots.txt']) {
    const headers = (await request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBeTruthy();
    expect(headers['permissions-policy']).toBeTruthy();
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  }
});

test('caches: pages for the edge, assets forever, the language redirect never shared', async ({ request, page }) => {
  const reader = await request.get(`/ar/articles/${SEED_SLUG}`);
  expect(reader.headers()['cache-control']).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
  const root = await request.get('/', { maxRedirects: 0 });
  expect(root.status()).toBe(307);
  expect(root.headers()['cache-control']).toBe('private, no-store');

  const assets: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/_next/static/')) assets.push(response.headers()['cache-control'] ?? '');
  });
  await page.goto(`/ar/articles/${SEED_SLUG}`);
  await page.waitForLoadState('networkidle');
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
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});
