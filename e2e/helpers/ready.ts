import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until React has hydrated `within` (the page's body by default) and run the effects of
 * that pass: the positive sign an island is listening, before a flow asserts that it did nothing.
 * React marks each element it has hydrated with a `__reactFiber$…` key; effects run right after.
 */
export async function hydrated(page: Page, within: Locator = page.locator('body')) {
  await expect
    .poll(() => within.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))))
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * `locator` is absent, and stays absent for `ms` (an island's settle time), checked all along.
 * Only meaningful after a positive sign that the island is ready (`hydrated`, or an offer it made).
 */
export async function staysAbsent(locator: Locator, ms: number) {
  await expect(locator).toHaveCount(0);
  for (const until = Date.now() + ms; Date.now() < until;) {
    expect(await locator.count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Everything the page asks for has arrived (no request for 500 ms: Playwright's `networkidle`).
 * Only for flows that assert about all a page loads or does once loaded — bytes and requests
 * (budgets, what loads on first use, cache headers), console errors and CSP reports, layout
 * shifts and scroll positions after the stylesheet and faces: there nothing narrower says "ready".
 */
export async function everythingLoaded(page: Page) {
  await page.waitForLoadState('networkidle');
}
