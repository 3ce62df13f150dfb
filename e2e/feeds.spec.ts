import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { SITE_ORIGIN } from './buildEnv.mjs';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  test.skip(({ isMobile }) => isMobile, 'feeds are the same for every device');

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['entry', 'link', 'category'].includes(name),
  });

  interface Entry {
    id: string;
    title: { '#text': string; 'xml:lang': string };
    link: { href: string; rel: string }[];
    updated: string;
    published?: string;
    summary: { '#text': string; 'xml:lang': string };
    category?: { term: string; label: string }[];
  }

  async function feedAt(request: import('@playwright/test').APIRequestContext, path: string) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    return parser.parse(text).feed as {
      'xml:lang': string;
      xmlns: string;
      entry: Entry[];
      link: { href: string; rel: string }[];
    };
  }

  for (const locale of ['ar', 'en'] as const) {
    test(`the ${locale} Atom feed: valid XML, newest 50 published articles, absolute addresses`, async ({
      request,
    }) => {
      const feed = await feedAt(request, `/${locale}/feed.xml`);
      // The site's public origin, not the address of the server under test.
      const origin = SITE_ORIGIN;
      expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
      expect(feed['xml:lang']).toBe(locale);
      expect(feed.link.map((link) => link.href)).toEqual([`${origin}/${locale}/feed.xml`, `${origin}/${locale}`]);
      expect(feed.entry.length).toBeGreaterThanOrEqual(45);
      expect(feed.entry.length).toBeLessThanOrEqual(50);
      for (const entry of feed.entry) {
        expect(entry.link[0]!.href).toMatch(new RegExp(`^${origin}/${locale}/articles/[a-z0-9-]+$`));
        expect(entry.id).toBe(entry.link[0]!.href);
        // The day it was published, or the moment of its latest correction (never before it).
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
        if (entry.published) expect(entry.updated >= entry.published).toBe(true);
        expect(entry.link[0]!.href).not.toContain('fixture-draft');
      }
      const published = feed.entry.flatMap((entry) => (entry.published ? [entry.published] : []));
      expect(published).toEqual([...published].sort().reverse());
      const first = feed.entry[0]!;
      if (locale === 'ar') {
        expect(first.title['xml:lang']).toBe('ar');
        expect(first.title['#text']).toMatch(/^مقال تركيبي \d+: /);
        expect(first.summary['#text']).toMatch(/^دعا الأمين العام لحلف شمال الأطلسي/);
      } else {
        expect(first.title['#text']).toMatch(/^Synthetic article \d+: /);
        expect(first.summary['xml:lang']).toBe('en');
        expect(first.summary['#text']).toMatch(/^At the NATO Industry Forum in Bucharest/);
      }
    });
  }

  test('a topic has its own feed, of that topic only', async ({ request }) => {
    const feed = await feedAt(request, '/en/topics/romania/feed.xml');
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) expect(entry.category?.map((c) => c.term)).toContain('romania');
  });

  test('every list page names its feed for feed readers', async ({ page }) => {
    for (const [path, feed] of [
      ['/ar', '/ar/feed.xml'],
      ['/en/page/2', '/en/feed.xml'],
      ['/ar/topics/nato', '/ar/topics/nato/feed.xml'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        new RegExp(`${feed}$`),
      );
    }
  });
});
