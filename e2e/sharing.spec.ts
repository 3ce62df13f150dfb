import { expect, test } from '@playwright/test';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';

test.skip(({ isMobile }) => isMobile, 'metadata does not depend on the device');

for (const locale of ['ar', 'en'] as const) {
  test(`the ${locale} reader carries its title, description, alternates, social tags and JSON-LD`, async ({ page }) => {
    const reader = await new ReaderPage(page, locale).open();
    const head = page.locator('head');
    const meta = (selector: string) => head.locator(selector).first().getAttribute('content');
    const site = new URL(page.url()).origin;

    await expect(page).toHaveTitle(locale === 'ar' ? /^مارك روته يدعو/ : /^From Bucharest, Mark Rutte calls/);
    expect(await meta('meta[name="description"]')).toMatch(
      locale === 'ar' ? /^دعا الأمين العام/ : /^At the NATO Industry Forum/,
    );
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${reader.path}$`));
    for (const [lang, path] of [
      ['ar', `/ar/articles/${SEED_SLUG}`],
      ['en', `/en/articles/${SEED_SLUG}`],
      ['x-default', `/ar/articles/${SEED_SLUG}`],
    ]) {
      await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
        'href',
        new RegExp(`${path}$`),
      );
    }
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:locale"]')).toBe(locale === 'ar' ? 'ar_AR' : 'en_US');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      inLanguage: 'ar',
      author: { '@type': 'Person', name: 'بسنت الفرماوي' },
    });
    expect(jsonLd.description).toMatch(locale === 'en' ? /^At the NATO Industry Forum/ : /^دعا الأمين العام/);
    expect(site).toBeTruthy();
  });
}

test('sitemap.xml lists every published article in both languages, and robots.txt points to it', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const locale of ['ar', 'en']) expect(sitemap).toContain(`/${locale}/articles/${SEED_SLUG}</loc>`);
  expect(sitemap).toContain('hreflang="en"');
  expect(sitemap).not.toContain('fixture-draft');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});
