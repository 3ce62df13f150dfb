import { expect, test } from '@playwright/test';
import { ReaderPage, SEED_SLUG } from '../helpers/ReaderPage';
import { readSeed } from '../helpers/seed';

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
  expect(cached.headers()['content-security-policy']).toContain("object-src 'none'");
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
