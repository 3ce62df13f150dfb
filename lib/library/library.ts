import type { ArticleEntry } from '@/lib/content/articleEntry';
import { content } from '@/lib/content/source/contentSource';
import type { Topic } from '@/lib/content/topics';
import { newestFirst } from './order';
import { prerenderedListPageCount } from './prerenderReach';
import { laterPages } from './pages';
import {
  articleHref,
  compareHref,
  feedHref,
  historyHref,
  libraryHref,
  topicHref,
  HIGHLIGHTS_PATH,
  OFFLINE_PATH,
} from './paths';

/** Computed once per version of the content (a publish makes a new one), not per page. */
export function perVersion<T>(compute: () => T): () => T {
  let made: { version: number; value: T } | null = null;
  return () => {
    const version = content().contentVersion();
    if (made?.version !== version) made = { version, value: compute() };
    return made.value;
  };
}

/** Every published article, newest first: the one list every page, feed and index comes from. */
export const publishedArticles: () => ArticleEntry[] = perVersion(() => newestFirst(content().listEntries()));

/** The later pages of a list of `total` articles that `next build` prerenders (prerenderReach.ts). */
export function prerenderedLaterPages(total: number): number[] {
  return laterPages(total).slice(0, Math.max(0, prerenderedListPageCount() - 1));
}

export function getTopic(slug: string): Topic | null {
  return (
    content()
      .listTopics()
      .find((topic) => topic.slug === slug) ?? null
  );
}

/** A topic's articles, newest first. */
export function articlesOnTopic(slug: string): ArticleEntry[] {
  return publishedArticles().filter((article) => article.topics.includes(slug));
}

/** The topics of an article, with their names, in the order the article gives them. */
export function topicsOf(article: Pick<ArticleEntry, 'topics'>): Topic[] {
  return article.topics.flatMap((slug) => getTopic(slug) ?? []);
}

/**
 * Every address a reader can reach under a locale (without the prefix): the proxy sends any
 * other to the 404 page, rendered on the server.
 */
export const knownPaths: () => Set<string> = perVersion(() => {
  const articles = publishedArticles();
  const paths = [
    ...[1, ...laterPages(articles.length)].map(libraryHref),
    feedHref(),
    OFFLINE_PATH,
    HIGHLIGHTS_PATH,
    ...articles.map((article) => articleHref(article.slug)),
    // An article's history once a version is kept, and every pair of its versions.
    ...articles.flatMap(({ slug, history: { versions } }) =>
      versions ? [historyHref(slug), ...versionPairs(versions).map(([from, to]) => compareHref(slug, from, to))] : [],
    ),
    ...content()
      .listTopics()
      .flatMap((topic) => {
        const count = articles.filter((article) => article.topics.includes(topic.slug)).length;
        return [...[1, ...laterPages(count)].map((page) => topicHref(topic.slug, page)), feedHref(topic.slug)];
      }),
  ];
  return new Set(paths);
});

/** Every pair of version numbers 1…count, older first. */
export function versionPairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let to = 2; to <= count; to++) for (let from = 1; from < to; from++) pairs.push([from, to]);
  return pairs;
}
