import { expect, test } from '@playwright/test';
import { ReaderPage } from './helpers/ReaderPage';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  test.describe('with a browser in a language Qari does not offer', () => {
    test.use({ locale: 'fr-FR' });
    test('the root sends the visitor to Arabic, the default', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/ar$/);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    });
  });

  test.describe('with an English browser', () => {
    test.use({ locale: 'en-US' });
    test('the root sends the visitor to English', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en$/);
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    });
  });

  test('the language switch keeps the article, its query and the section hash @smoke', async ({ page }) => {
    const reader = await new ReaderPage(page, 'ar').open('?summary=on#bucharest-visit');
    await reader.languageSwitch.click();
    await expect(page).toHaveURL(`/en/articles/${reader.slug}?summary=on#bucharest-visit`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'العربية' })).toBeVisible();
  });

  test.describe('with a browser in Arabic', () => {
    test.use({ locale: 'ar-EG' });
    test('the language chosen with the switch is remembered when the visitor comes back to the root', async ({
      page,
    }) => {
      await page.goto('/ar');
      await page.getByRole('link', { name: 'English', exact: true }).click();
      await expect(page).toHaveURL(/\/en$/);
      await page.goto('/');
      await expect(page).toHaveURL(/\/en$/);
    });
  });
});
