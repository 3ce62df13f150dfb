import { expect, test } from '@playwright/test';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  const cases = [
    ['/ar/articles/no-such-article', 'ar', 'rtl', 'الصفحة غير موجودة', /المكتبة/],
    ['/en/articles/no-such-article', 'en', 'ltr', 'Page not found', /library/],
    ['/en/no/such/page', 'en', 'ltr', 'Page not found', /library/],
    ['/ar/articles', 'ar', 'rtl', 'الصفحة غير موجودة', /المكتبة/],
  ] as const;

  for (const [path, lang, dir, title, back] of cases) {
    test(`${path} answers 404 with a localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole('link', { name: back })).toBeVisible();
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test(`${path} is readable: language, direction, title and message are in the HTML`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        await expect(page).toHaveTitle(new RegExp(`^${title}`));
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await expect(page.getByRole('link', { name: back })).toHaveAttribute('href', `/${lang}`);
      });
    });
  }

  test("an unknown locale ends on a 404 page in the reader's language", async ({ browser }) => {
    for (const [locale, title] of [
      ['ar-EG', 'الصفحة غير موجودة'],
      ['en-US', 'Page not found'],
    ]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const response = await page.goto('/fr/articles/nato');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await context.close();
    }
  });
});
