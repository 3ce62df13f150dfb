import { expect, test } from '@playwright/test';
import { ReaderPage, SEED_SLUG } from '../helpers/ReaderPage';
import { readSeed } from '../../lib/content/testing/seedFixture';
import { expectSecurityHeaders, ROUTER_REQUEST_HEADERS } from '../helpers/securityHeaders';

// The reader served the way a CDN edge would: nginx caching in front of `next start`.

test('the reader works through the caching proxy, served from its cache the second time @smoke', async ({
  page,
  request,
}) => {
  const path = `/ar/articles/${SEED_SLUG}`;
  // nginx files the first answer a moment after sending it: ask until the edge has it.
  await expect.poll(async () => (await request.get(path)).headers()['x-cache-status']).toBe('HIT');
  const cached = await request.get(path);
  expect(cached.status()).toBe(200);
  expect(cached.headers()['x-cache-status']).toBe('HIT');
  expectSecurityHeaders(cached.headers(), 'a cached page');
  expect(cached.headers()['set-cookie']).toBeUndefined();

  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const reader = await new ReaderPage(page).open();
  await expect(reader.sections).toHaveCount(8);
  // Every asset the cached page names exists (a page cached from an earlier build would not).
  expect(failed).toEqual([]);
  await expect(reader.body.getByRole('paragraph')).toHaveText(readSeed().paragraphs);
  await reader.summaryToggle.click();
  await expect(page.getByText(/Speaking at the NATO Industry Forum/)).toBeVisible();
});

test('the language redirect at / is never cached for other visitors', async ({ playwright, baseURL }) => {
  for (const language of ['en-US', 'ar-EG', 'en-GB']) {
    const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'Accept-Language': language } });
    const response = await visitor.get('/', { maxRedirects: 0 });
    expect(response.headers()['location']).toBe(language.startsWith('en') ? '/en' : '/ar');
    expect(response.headers()['x-cache-status']).not.toBe('HIT');
    await visitor.dispose();
  }
});

test('a poisoned request cannot change what the next reader gets', async ({ request }) => {
  const path = `/en/articles/${SEED_SLUG}`;
  for (const headers of ROUTER_REQUEST_HEADERS) {
    const poisoned = await request.get(path, { headers, maxRedirects: 0 });
    expect(poisoned.headers()['x-cache-status'], JSON.stringify(headers)).not.toBe('HIT');
    expect(poisoned.headers()['cache-control']).toBe('private, no-store');
  }
  // The plain reader after the attacker: the page itself, from the cache once it is there.
  await expect.poll(async () => (await request.get(path)).headers()['x-cache-status']).toBe('HIT');
  const reader = await request.get(path, { maxRedirects: 0 });
  expect(reader.status()).toBe(200);
  expect(await reader.text()).toContain('Mark Rutte');
});

test('the edge passes on the whole set of security headers, errors included', async ({ request }) => {
  const answers = {
    page: await request.get(`/ar/articles/${SEED_SLUG}`),
    'not found': await request.get('/ar/articles/no-such-article'),
    'bad encoding': await request.get('/ar/articles/%C0%AF'),
    'other method': await request.fetch(`/ar/articles/${SEED_SLUG}`, { method: 'POST' }),
    asset: await request.get('/robots.txt'),
  };
  expect(answers['not found'].status()).toBe(404);
  expect(answers['bad encoding'].status()).toBe(400);
  expect(answers['other method'].status()).toBe(405);
  for (const [what, response] of Object.entries(answers)) expectSecurityHeaders(response.headers(), what);
});

test('a host name that is not the site’s gets its connection closed, unanswered', async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL!);
  const { request: ask } = await import('node:http');
  const outcome = await new Promise<string>((resolve) => {
    const sent = ask({ hostname, port, path: '/ar', headers: { Host: 'attacker.example' } }, (response) =>
      resolve(`answered ${response.statusCode}`),
    );
    sent.on('error', (error) => resolve((error as NodeJS.ErrnoException).code ?? error.message));
    sent.end();
  });
  expect(outcome).toBe('ECONNRESET');
});

test('one cache entry per page, however its address and Accept-Encoding are written', async ({ request }) => {
  const path = `/en/articles/${SEED_SLUG}`;
  await expect.poll(async () => (await request.get(path)).headers()['x-cache-status']).toBe('HIT');
  const variants: [string, Record<string, string>][] = [
    [path.replace('/en/', '/%65n/'), {}],
    [`${path}?utm_source=chat&x=${Date.now()}`, {}],
    [path, { 'Accept-Encoding': 'br;q=1, gzip;q=0.5, deflate' }],
    [path, { 'Accept-Encoding': 'GZIP' }],
  ];
  for (const [address, headers] of variants) {
    const answer = await request.get(address, { headers, maxRedirects: 0 });
    expect(answer.status(), address).toBe(200);
    expect(answer.headers()['x-cache-status'], `${address} ${JSON.stringify(headers)}`).toBe('HIT');
    expect(await answer.text()).toContain('Mark Rutte');
  }
});

test('a reader who refuses gzip gets the page uncompressed', async ({ baseURL }) => {
  for (const encoding of ['gzip;q=0', 'identity, gzip;q=0', 'nogzip']) {
    const answer = await fetch(`${baseURL}/en/articles/${SEED_SLUG}`, { headers: { 'Accept-Encoding': encoding } });
    expect(answer.headers.get('content-encoding'), encoding).toBeNull();
    expect(await answer.text()).toContain('Mark Rutte');
  }
});

test('an unknown address is not cached at the edge: a loop of them cannot evict the pages', async ({ request }) => {
  const path = `/ar/articles/no-such-article-${Date.now()}`;
  for (let i = 0; i < 3; i++) {
    const answer = await request.get(path);
    expect(answer.status()).toBe(404);
    expect(answer.headers()['x-cache-status']).not.toBe('HIT');
  }
});

test('headers that steer Next’s internals change nothing', async ({ request }) => {
  // CVE-2025-29927's header, which once skipped a Next app's middleware (here: its address gate).
  const headers = { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy', 'x-invoke-path': '/ar' };
  expect((await request.get('/ar/articles/no-such-article', { headers })).status()).toBe(404);
  expect((await request.get(`/ar/articles/${SEED_SLUG}`, { headers })).status()).toBe(200);
});

test('the search text endpoint is rate-limited per client at the edge', async ({ request }) => {
  const address = `/search-index/text.json?slugs=${SEED_SLUG}&q=${encodeURIComponent('روته')}`;
  const statuses = await Promise.all(Array.from({ length: 60 }, () => request.get(address).then((r) => r.status())));
  expect(statuses).toContain(200);
  expect(statuses).toContain(429);
  expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
});
