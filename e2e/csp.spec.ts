import { expect, test } from '@playwright/test';
import { cspViolations, expectScriptsByHash, watchCspViolations } from './helpers/csp';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';

// Every page allows exactly its own inline scripts, by hash: no 'unsafe-inline'.
const PAGES = [
  `/ar/articles/${SEED_SLUG}`,
  `/en/articles/${SEED_SLUG}`,
  '/ar',
  '/en/page/2',
  '/ar/topics/nato',
  '/ar/offline',
];

for (const path of PAGES) {
  test(`${path} allows its inline scripts by hash, and no other`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expectScriptsByHash(response.headers()['content-security-policy']);
  });
}

test('the reader runs under its policy without a single violation', async ({ page }) => {
  await watchCspViolations(page);
  const reader = await new ReaderPage(page, 'en').open();
  // Hydrated and interactive: the toggle, the navigator, the search engine (WebAssembly).
  await reader.summaryToggle.click();
  await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('searchbox').fill('Rutte');
  await expect(page.locator('#site-search-results a').first()).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});
