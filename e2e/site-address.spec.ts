import { expect, test, type APIRequestContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { E2E_BUILD_ENV, SITE_ORIGIN } from './buildEnv.mjs';
import { expectNamesOnlyTheSite } from './helpers/siteAddress';
import { wholeSitemap } from './helpers/sitemap';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // The e2e build is made for https://qari.example and its server started without SITE_URL, as the
  // README's deployment starts one: what `npm start` renders after the build must name the build's
  // address too (it named http://localhost:3000 before issue 32). After a publish: publish.spec.ts.

  async function text(request: APIRequestContext, path: string) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return response.text();
  }

  for (const locale of ['ar', 'en'] as const) {
    test(`${locale}: an archive article and a list page made on request name only the build's address`, async ({
      request,
    }) => {
      // Library page 3 and its oldest article are past what the build prerendered (e2e/buildEnv.mjs).
      const list = await text(request, `/${locale}/page/3`);
      expectNamesOnlyTheSite(list, `/${locale}/page/3`);
      expect(list).toContain(`<link rel="canonical" href="${SITE_ORIGIN}/${locale}/page/3"/>`);
      const slugs = [...list.matchAll(/href="\/(?:ar|en)\/articles\/([a-z0-9-]+)"/g)].map(([, slug]) => slug);
      const oldest = slugs.at(-1)!;
      // Past the newest 20 the build prerendered: this page is made on request by the server.
      if (!process.env.BASE_URL)
        expect(
          existsSync(path.join(E2E_BUILD_ENV.QARI_DIST_DIR, 'server', 'app', locale, 'articles', `${oldest}.html`)),
        ).toBe(false);
      const address = `/${locale}/articles/${oldest}`;
      const article = await text(request, address);
      expectNamesOnlyTheSite(article, address);
      // Canonical, Open Graph, alternates and JSON-LD each on the site's origin.
      expect(article).toContain(`<link rel="canonical" href="${SITE_ORIGIN}${address}"/>`);
      expect(article).toContain(`<meta property="og:url" content="${SITE_ORIGIN}${address}"/>`);
      expect(article).toContain(`<meta property="og:image" content="${SITE_ORIGIN}/og/${oldest}.${locale}.png"/>`);
      expect(article).toContain(`hrefLang="en" href="${SITE_ORIGIN}/en/articles/${oldest}"`);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(article)![1]!);
      expect(JSON.stringify(jsonLd)).toContain(`${SITE_ORIGIN}${address}`);
    });

    test(`${locale}: the feeds name only the build's address`, async ({ request }) => {
      for (const feed of [`/${locale}/feed.xml`, `/${locale}/topics/nato/feed.xml`]) {
        const atom = await text(request, feed);
        expectNamesOnlyTheSite(atom, feed);
        expect(atom).toContain(`<link rel="self" type="application/atom+xml" href="${SITE_ORIGIN}${feed}"/>`);
      }
    });
  }

  test("the sitemap, its parts and robots.txt name only the build's address", async ({ request }) => {
    const index = await text(request, '/sitemap.xml');
    expectNamesOnlyTheSite(index, '/sitemap.xml');
    const parts = await wholeSitemap('', (url) => text(request, url));
    expectNamesOnlyTheSite(parts, 'the sitemap parts');
    expect(parts).toContain(`<loc>${SITE_ORIGIN}/ar</loc>`);
    expectNamesOnlyTheSite(await text(request, '/robots.txt'), '/robots.txt');
  });
});
