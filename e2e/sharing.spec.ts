import { expect, test } from '@playwright/test';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';
import { wholeSitemap } from './helpers/sitemap';
import { SITE_ORIGIN } from './buildEnv.mjs';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  test.skip(({ isMobile }) => isMobile, 'metadata does not depend on the device');

  for (const locale of ['ar', 'en'] as const) {
    test(`the ${locale} reader carries its title, description, alternates, social tags and JSON-LD`, async ({
      page,
    }) => {
      const reader = await new ReaderPage(page, locale).open();
      const head = page.locator('head');
      const meta = (selector: string) => head.locator(selector).first().getAttribute('content');
      const site = SITE_ORIGIN;

      await expect(page).toHaveTitle(locale === 'ar' ? /^مارك روته يدعو/ : /^From Bucharest, Mark Rutte calls/);
      expect(await meta('meta[name="description"]')).toMatch(
        locale === 'ar' ? /^دعا الأمين العام/ : /^At the NATO Industry Forum/,
      );
      // Absolute, on the origin the site was built for (SITE_URL), not the server's address.
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${reader.path}`);
      expect(await meta('meta[property="og:url"]')).toBe(`${site}${reader.path}`);
      for (const [lang, path] of [
        ['ar', `/ar/articles/${SEED_SLUG}`],
        ['en', `/en/articles/${SEED_SLUG}`],
        ['x-default', `/ar/articles/${SEED_SLUG}`],
      ]) {
        await expect(head.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
          'href',
          `${site}${path}`,
        );
      }
      expect(await meta('meta[property="og:type"]')).toBe('article');
      expect(await meta('meta[property="og:locale"]')).toBe(locale === 'ar' ? 'ar_AR' : 'en_US');
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      // The article's own card image, drawn at build time, in the page's language.
      const image = await meta('meta[property="og:image"]');
      expect(image).toBe(`${site}/og/${SEED_SLUG}.${locale}.png`);
      expect(await meta('meta[property="og:image:width"]')).toBe('1200');
      expect(await meta('meta[property="og:image:height"]')).toBe('630');
      const png = await page.request.get(new URL(image!).pathname);
      expect(png.status()).toBe(200);
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      // PNG signature, then the IHDR chunk's width and height.
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({
        '@type': 'NewsArticle',
        inLanguage: 'ar',
        author: { '@type': 'Person', name: 'بسنت الفرماوي' },
      });
      expect(jsonLd.description).toMatch(locale === 'en' ? /^At the NATO Industry Forum/ : /^دعا الأمين العام/);
      expect(jsonLd.url ?? jsonLd.mainEntityOfPage?.['@id'] ?? jsonLd.mainEntityOfPage).toBe(`${site}${reader.path}`);
    });
  }

  test('the sitemap lists every published article in both languages, by month, and robots.txt points to it', async ({
    request,
  }) => {
    const site = SITE_ORIGIN;
    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain('<sitemapindex');
    expect(index).toContain(`<loc>${site}/sitemaps/sitemap/lists.xml</loc>`);
    const sitemap = await wholeSitemap('', async (url) => (await request.get(url)).text());
    expect(sitemap).toContain(`<loc>${site}/ar</loc>`);
    for (const locale of ['ar', 'en']) expect(sitemap).toContain(`<loc>${site}/${locale}/articles/${SEED_SLUG}</loc>`);
    expect(sitemap).toContain('hreflang="en"');
    expect(sitemap).not.toContain('fixture-draft');
    // The offline page asks not to be indexed.
    expect(sitemap).not.toContain('/offline<');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});
