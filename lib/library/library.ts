import { listArticles, listTopics } from '@/lib/content/loadArticles';
import type { Article } from '@/lib/content/schema';
import type { Topic } from '@/lib/content/topics';
import { newestFirst } from './order';
import { laterPages } from './pages';
import { articleHref, feedHref, libraryHref, topicHref, OFFLINE_PATH } from './paths';

/** Every published article, newest first: the one list every page, feed and index comes from. */
export function publishedArticles(): Article[] {
  return newestFirst(listArticles());
}

export function getTopic(slug: string): Topic | null {
  return listTopics().find((topic) => topic.slug === slug) ?? null;
}

/** A topic's articles, newest first. */
export function articlesOnTopic(slug: string): Article[] {
  return publishedArticles().filter((article) => article.topics.includes(slug));
}

/** The topics of an article, with their names, in the order the article gives them. */
export function topicsOf(article: Article): Topic[] {
  return article.topics.flatMap((slug) => getTopic(slug) ?? []);
}

/**
 * Every address a reader can reach under a locale (without the prefix): the proxy sends any
 * other to the 404 page, rendered on the server.
 */
export function knownPaths(): Set<string> {
  const articles = publishedArticles();
  const paths = [
    ...[1, ...laterPages(articles.length)].map(libraryHref),
    feedHref(),
    OFFLINE_PATH,
    ...articles.map((article) => articleHref(article.slug)),
    ...listTopics().flatMap((topic) => {
      const count = articles.filter((article) => article.topics.includes(topic.slug)).length;
      return [...[1, ...laterPages(count)].map((page) => topicHref(topic.slug, page)), feedHref(topic.slug)];
    }),
  ];
  return new Set(paths);
}
