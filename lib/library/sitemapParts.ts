import { knownPaths, perVersion, publishedArticles } from './library';
import { articleHref, OFFLINE_PATH } from './paths';

/** The part of the sitemap that lists the library's and the topics' pages (and their feeds' pages). */
export const LISTS_PART = 'lists';
/** Articles without a date: listed after every dated one, in a part of their own. */
export const UNDATED_PART = 'undated';

/**
 * The sitemap in parts, so a publish makes one small part again instead of one file of every
 * address (46,000 entries at 20,000 articles, and a search engine reads at most 50,000 per
 * file): the list pages, then the articles by month of their date (about 1,500 at 50 a day),
 * newest month first. Ids are what `/sitemaps/sitemap/<id>.xml` and the index at /sitemap.xml name.
 */
export const sitemapParts: () => Map<string, string[]> = perVersion(() => {
  const articles = new Set(publishedArticles().map((article) => articleHref(article.slug)));
  // Feeds are not pages; the offline page and articles' histories ask not to be indexed.
  const lists = [...knownPaths()].filter(
    (href) => !href.endsWith('.xml') && href !== OFFLINE_PATH && !articles.has(href) && !href.includes('/history'),
  );
  const parts = new Map<string, string[]>([[LISTS_PART, lists]]);
  for (const article of publishedArticles()) {
    const id = article.date?.slice(0, 7) ?? UNDATED_PART;
    const part = parts.get(id) ?? [];
    if (!part.length) parts.set(id, part);
    part.push(articleHref(article.slug));
  }
  return parts;
});

/**
 * When each article's page last changed, by its address (without the locale): its latest kept
 * version's time, else its date. The sitemap's <lastmod>, so a correction is crawled again.
 */
export const lastModified: () => Map<string, string> = perVersion(
  () =>
    new Map(
      publishedArticles().flatMap((article) => {
        const when = article.history.updated ?? article.date;
        return when ? [[articleHref(article.slug), when] as const] : [];
      }),
    ),
);
