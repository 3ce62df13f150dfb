import { routing } from '@/i18n/routing';
import type { Topic } from '@/lib/content/topics';
import { articleHref, feedHref, historyHref } from '@/lib/library/paths';

/**
 * What a publish or a correction makes stale, as revalidatePath takes it: the article in both
 * languages, every page of the library and of each topic (a new article shifts every later
 * page by one), the feeds and the sitemap (its index and parts). Patterns mark every page of a route at once and
 * cost nothing until a page is next asked for.
 */
export function publishedPaths(slug: string, topics: readonly Topic[]): { path: string; type?: 'page' | 'layout' }[] {
  const perLocale = routing.locales.flatMap((locale) => [
    { path: `/${locale}${articleHref(slug)}` },
    // Its history lists the version just kept (pairs of versions never change: each is new).
    { path: `/${locale}${historyHref(slug)}` },
    { path: `/${locale}${feedHref()}` },
    ...topics.map((topic) => ({ path: `/${locale}${feedHref(topic.slug)}` })),
  ]);
  return [
    ...perLocale,
    { path: '/[locale]', type: 'page' },
    { path: '/[locale]/page/[page]', type: 'page' },
    { path: '/[locale]/topics/[topic]', type: 'page' },
    { path: '/[locale]/topics/[topic]/page/[page]', type: 'page' },
    { path: '/sitemap.xml' },
    // Every part of the sitemap, as a part is made again only when a crawler next asks: the
    // article's month, the list pages, and a month a corrected date moved it from. A route
    // handler's tag ends in /route, not /page: the segment's layout tag is what marks them all.
    { path: '/sitemaps', type: 'layout' },
  ];
}
