import type { HistorySummary } from '../../history/historySummary';
import type { ArticleEntry } from '../articleEntry';
import type { Article } from '../schema';
import type { Topic } from '../topics';

/**
 * What pages, routes and scripts ask of the content: one object, chosen once for development
 * (every question reads the files again, drafts shown, one broken article never blocks
 * another) or production (an index read once and kept current as publishes land, drafts hidden).
 */
export interface ContentSource {
  /** The topics declared in content/topics.yaml, in the order declared. */
  listTopics(): Topic[];
  /** Articles readers may see, as lists show them. */
  listEntries(): ArticleEntry[];
  /** One article as lists show it, if readers may see it. */
  getEntry(slug: string): ArticleEntry | null;
  /** One article, parsed whole, as readers see it; null when they may not. */
  getArticle(slug: string): Article | null;
  /** Every article readers may see, parsed whole: for the search index and the checks, not for pages. */
  listArticles(): Article[];
  /**
   * The article pages `next build` makes ahead of requests: the newest QARI_PRERENDER_ARTICLES
   * (the others on their first request). Development names every folder without parsing it, so
   * a broken article reaches its own page, whose error boundary shows file, line and reason.
   */
  slugsToPrerender(): string[];
  /** What readers are told of an article's kept versions. */
  historyOf(slug: string): HistorySummary;
  /**
   * A published article's content hash, as its page carries it (`data-version`): what tells the
   * publish command that readers see the corrected text. Null for a draft, or in development.
   */
  articleVersion(slug: string): string | null;
  /**
   * An article's content hash whatever its state (a draft too), as this server last read it,
   * or null (no such article, or development): whether it changed since it was last published.
   */
  articleHash(slug: string): string | null;
  /** Each published article's content hash: what tells a changed one from the one a search index holds. */
  publishedHashes(): Map<string, string>;
  /** A number that changes whenever any article entry does: the key of lists derived from them. */
  contentVersion(): number;
  /**
   * The content changed on disk (a publish): looks at every article again and parses the
   * changed ones; returns how many. A broken article throws its content error and the last good
   * library stays.
   */
  contentChanged(): number;
}
