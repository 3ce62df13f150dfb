import { expect, test } from '@playwright/test';
import { wholeSitemap } from './helpers/sitemap';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  test.skip(!!process.env.BASE_URL, 'the draft fixture exists only in the local test build');

  test('a draft never reaches production: 404, and on no page of the library, sitemap or feed', async ({
    page,
    request,
  }) => {
    const response = await page.goto('/ar/articles/fixture-draft');
    expect(response?.status()).toBe(404);
    await page.goto('/ar');
    const next = page.getByRole('link', { name: 'الصفحة التالية' });
    for (;;) {
      await expect(page.getByRole('link', { name: 'مسودة تجريبية لم تُنشر بعد' })).toHaveCount(0);
      if (!(await next.count())) break;
      await next.click();
    }
    // The last page was reached, and the seed (undated, so near the end) was on the way.
    await expect(page.getByText(/الصفحة (\d+) من \1/)).toBeVisible();
    for (const path of ['/ar/feed.xml', '/en/feed.xml']) {
      expect(await (await request.get(path)).text(), path).not.toContain('fixture-draft');
    }
    const sitemap = await wholeSitemap('', async (url) => (await request.get(url)).text());
    expect(sitemap).toContain('/articles/');
    expect(sitemap).not.toContain('fixture-draft');
  });
});
