import { expect, test } from '@playwright/test';

test.skip(!!process.env.BASE_URL, 'the draft fixture exists only in the local test build');

test('a draft never reaches production: 404, and not on the index', async ({ page }) => {
  const response = await page.goto('/ar/articles/fixture-draft');
  expect(response?.status()).toBe(404);
  await page.goto('/ar');
  await expect(page.getByRole('link', { name: 'مسودة تجريبية لم تُنشر بعد' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /مارك روته/ })).toBeVisible();
});
