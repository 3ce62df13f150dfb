import path from 'node:path';
import { keptFiles, NO_HISTORY } from '../../history/historySummary';
import { newestFirst } from '../../library/order';
import { prerenderedArticleCount } from '../../library/prerenderReach';
import { ARTICLE_FILES } from '../articleFolder';
import { stampOf } from '../articleIndex';
import { parseArticle } from '../parseArticle';
import { readArticleFolder, readEveryArticle } from '../readArticleFolder';
import type { Article } from '../schema';
import { followPublishHere, publishedIndex } from './publishedIndex';
import type { ContentSource } from './sourceContract';

const published = (slug: string) => {
  const known = publishedIndex().known.get(slug);
  return known && !known.entry.draft ? known : null;
};
const knownTopics = () => new Set(publishedIndex().topics.map((topic) => topic.slug));

/**
 * The article as it was last published: its files, or, when an editor has changed them since
 * (a correction not yet published: the stamp moved, the index has not), its kept version with
 * the content hash the index knows. Readers never see an unpublished change, on any server.
 */
function publishedArticle(known: { dir: string; stamp: string; hash: string }, slug: string): Article | null {
  if (stampOf(known.dir, slug) !== known.stamp) {
    const files = keptFiles(slug, known.hash);
    if (files) {
      const [article, summary, glossary] = ARTICLE_FILES.map((name, index) =>
        files[index] == null ? null : { file: path.join(known.dir, slug, name), text: files[index]! },
      );
      return parseArticle({ slug, article: article!, summary: summary ?? null, glossary, knownTopics: knownTopics() });
    }
  }
  return readArticleFolder(known.dir, slug, knownTopics());
}

// A page asks for its article twice (metadata, then the page): parse it once per version.
const recent = new Map<string, { stamp: string; article: Article }>();

/** A server's (and the build's) content: the published index, drafts hidden, following publishes. */
export const productionSource: ContentSource = {
  listTopics: () => publishedIndex().topics,
  listEntries: () => [...publishedIndex().known.values()].flatMap(({ entry }) => (entry.draft ? [] : [entry])),
  getEntry: (slug) => published(slug)?.entry ?? null,
  getArticle(slug) {
    const known = published(slug);
    if (!known) return null;
    const hit = recent.get(slug);
    if (hit?.stamp === known.stamp) return hit.article;
    const article = publishedArticle(known, slug);
    if (!article) return null;
    if (recent.size > 32) recent.clear();
    recent.set(slug, { stamp: known.stamp, article });
    return article;
  },
  listArticles: () => readEveryArticle(knownTopics()).filter((article) => !article.draft),
  slugsToPrerender() {
    return newestFirst(this.listEntries())
      .slice(0, prerenderedArticleCount())
      .map((entry) => entry.slug);
  },
  historyOf: (slug) => publishedIndex().known.get(slug)?.entry.history ?? NO_HISTORY,
  articleVersion: (slug) => published(slug)?.hash ?? null,
  articleHash: (slug) => publishedIndex().known.get(slug)?.hash ?? null,
  publishedHashes() {
    const { known } = publishedIndex();
    return new Map([...known].flatMap(([slug, { hash, entry }]) => (entry.draft ? [] : [[slug, hash]])));
  },
  contentVersion: () => publishedIndex().version,
  contentChanged: followPublishHere,
};
