import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Opens the library's pages in turn, from the first, until `target` is on the page (following
 * "next" as a reader would, and waiting for each page to load before looking).
 */
export async function openLibraryPageWith(page: Page, locale: 'ar' | 'en', target: Locator) {
  const next = page.getByRole('link', { name: locale === 'ar' ? 'الصفحة التالية' : 'Next page' });
  await page.goto(`/${locale}`);
  for (let n = 1; !(await target.count()); n++) {
    await expect(next, `not on library pages 1–${n}`).toHaveCount(1);
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/page/${n + 1}$`));
    // The pager sits under the list: once it shows the new page, the cards are there too.
    const position = locale === 'ar' ? `الصفحة ${n + 1} من` : `Page ${n + 1} of`;
    await expect(page.getByText(new RegExp(`^${position} \\d+$`))).toBeVisible();
  }
}
