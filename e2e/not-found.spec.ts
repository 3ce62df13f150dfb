import { expect, test } from '@playwright/test';

for (const [path, title] of [
  ['/ar/articles/no-such-article', 'الصفحة غير موجودة'],
  ['/en/articles/no-such-article', 'Page not found'],
  ['/en/no/such/page', 'Page not found'],
] as const) {
  test(`${path} answers 404 with a localized page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('link', { name: /المكتبة|library/ })).toBeVisible();
  });
}

test('an unknown locale ends on a 404 page', async ({ page }) => {
  const response = await page.goto('/fr/articles/nato');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
