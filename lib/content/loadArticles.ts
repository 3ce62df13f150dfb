import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILES, articleFiles, articleFolderNames, CONTENT_DIR } from './articleFolder';
import { ContentError, throwCollected } from './ContentError';
import { fileSizeProblem } from './limits';
import { entryOf, type ArticleEntry } from './articleEntry';
import { indexFile, readIndexFile, refreshIndex, stampOf, writeIndexFile, type IndexState } from './articleIndex';
import { historySummary, keptFiles, NO_HISTORY, type HistorySummary } from '../history/historySummary';
import { parseArticle, type ArticleSource } from './parseArticle';
import { publishedElsewhere } from './publishMarker';
import { readTopics, type Topic } from './topics';
import type { Article } from './schema';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text, or null if it does not exist; too large or not UTF-8 is a problem. */
function readIfExists(file: string, problems: ContentError[]): string | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) problems.push(new ContentError(file, undefined, tooLarge));
  else {
    try {
      // Strict: a file saved in another encoding (Windows-1256, say) would otherwise turn
      // every Arabic letter into U+FFFD without a word.
      return STRICT_UTF8.decode(bytes);
    } catch {
      problems.push(new ContentError(file, undefined, 'not UTF-8 text: save the file as UTF-8'));
    }
  }
  return '';
}

const production = () => process.env.NODE_ENV === 'production';

// Production reads the topic registry once per process; dev re-reads it, like the articles.
let topicsCache: Topic[] | null = null;
/** The topics declared in content/topics.yaml, in the order declared. */
export function listTopics(): Topic[] {
  if (!production()) return readTopics();
  topicsCache ??= readTopics();
  return topicsCache;
}

const topicSlugs = () => new Set(listTopics().map((topic) => topic.slug));

/**
 * Reads one article folder's files, once (null without article.ar.md): what the parser takes,
 * and what content:check reads its TODOs from. Errors name the file relative to the repo root.
 */
export function readArticleSource(dir: string, slug: string, knownTopics = topicSlugs()): ArticleSource | null {
  const files = articleFiles(dir, slug);
  const problems: ContentError[] = [];
  const articleText = readIfExists(files.article, problems);
  if (articleText === null) return null;
  const summaryText = readIfExists(files.summary, problems);
  const glossaryText = readIfExists(files.glossary, problems);
  throwCollected(problems);
  return {
    slug,
    article: { file: files.article, text: articleText },
    summary: summaryText === null ? null : { file: files.summary, text: summaryText },
    glossary: glossaryText === null ? null : { file: files.glossary, text: glossaryText },
    knownTopics,
  };
}

/** Reads and parses one article folder (null without article.ar.md). */
export function readArticleFolder(dir: string, slug: string, knownTopics = topicSlugs()): Article | null {
  const source = readArticleSource(dir, slug, knownTopics);
  return source && parseArticle(source);
}

/**
 * The e2e build adds its fixture articles (one with a summary missing, a generated library)
 * from these folders: QARI_EXTRA_CONTENT_DIR, separated by ':'.
 */
export const EXTRA_DIRS = (process.env.QARI_EXTRA_CONTENT_DIR ?? '')
  .split(path.delimiter)
  .filter(Boolean)
  // turbopackIgnore: a directory named at run time must not make the build trace the whole project.
  .map((dir) => path.resolve(/*turbopackIgnore: true*/ dir));
const DIRS = [CONTENT_DIR, ...EXTRA_DIRS];

function readEverything(): Article[] {
  const known = topicSlugs();
  return DIRS.flatMap((dir) => articleFolderNames(dir).flatMap((slug) => readArticleFolder(dir, slug, known) ?? []));
}

// Process-wide, on globalThis: the proxy and each route are bundled apart but run in one
// process, and must agree on what is published.
const STATE = Symbol.for('qari.contentIndex');
type Global = typeof globalThis & { [STATE]?: IndexState & { file: string } };

function indexState() {
  const global = globalThis as Global;
  if (global[STATE] && publishedElsewhere()) followPublish(global[STATE]);
  if (!global[STATE]) {
    // Notes the publish marker before reading, so a publish during the read is followed.
    publishedElsewhere();
    // Starts from the build's saved index, then checks every article's stamp once.
    const file = indexFile(process.env.QARI_DIST_DIR || '.next', DIRS);
    const state = { version: 0, known: readIndexFile(file), file };
    refresh(state);
    global[STATE] = state;
  }
  return global[STATE];
}

function refresh(state: IndexState & { file: string }): number {
  const known = topicSlugs();
  const before = state.version;
  const parsed = refreshIndex(state, DIRS, (dir, slug) => readArticleFolder(dir, slug, known));
  if (state.version !== before) writeIndexFile(state.file, state.known);
  return parsed;
}

/** Another server published: re-read, keeping the last good library if the content is broken. */
function followPublish(state: IndexState & { file: string }) {
  topicsCache = null;
  try {
    refresh(state);
  } catch (error) {
    console.error('content changed on disk but does not load; readers keep the last good version', error);
  }
}

/**
 * The content changed on disk (a publish): looks at every article's files again and parses the
 * changed ones. Returns how many it parsed; a broken article throws its content error and the
 * last good library stays.
 */
export function contentChanged(): number {
  topicsCache = null;
  return refresh(indexState());
}

/** Each published article's content hash: what tells a changed one from the one a search index holds. */
export function publishedHashes(): Map<string, string> {
  const state = indexState();
  return new Map([...state.known].flatMap(([slug, { hash, entry }]) => (entry.draft ? [] : [[slug, hash]])));
}

/**
 * A published article's content hash, as its page carries it (`data-version`): what tells the
 * publish command that readers see the corrected text. Null outside production or for a draft.
 */
export function articleVersion(slug: string): string | null {
  if (!production()) return null;
  const known = indexState().known.get(slug);
  return known && !known.entry.draft ? known.hash : null;
}

/**
 * An article's content hash whatever its state (a draft too), as this server last read it, or
 * null when it has no such article (or outside production): what tells a publish whether the
 * article changed since it was last published.
 */
export function articleHash(slug: string): string | null {
  if (!production()) return null;
  return indexState().known.get(slug)?.hash ?? null;
}

/** A number that changes whenever any article entry does: the key of lists derived from them. */
export function contentVersion(): number {
  return production() ? indexState().version : Date.now();
}

/**
 * What readers are told of an article's kept versions: in production the content index's (read
 * once per change of the article or its history), in development read again, like the article.
 */
export function historyOf(slug: string): HistorySummary {
  if (!production()) return historySummary(slug);
  return indexState().known.get(slug)?.entry.history ?? NO_HISTORY;
}

/** Articles readers may see, as lists show them: drafts only outside production. */
export function listEntries(): ArticleEntry[] {
  if (!production()) return readEverything().map(entryOf);
  return [...indexState().known.values()].flatMap(({ entry }) => (entry.draft ? [] : [entry]));
}

/** One article as lists show it, if readers may see it. */
export function getEntry(slug: string): ArticleEntry | null {
  if (!production()) {
    const article = getArticle(slug);
    return article && entryOf(article);
  }
  const entry = indexState().known.get(slug)?.entry;
  return entry && !entry.draft ? entry : null;
}

/** Every article readers may see, parsed whole: for the search index and the checks, not for pages. */
export function listArticles(): Article[] {
  return readEverything().filter((article) => !production() || !article.draft);
}

/**
 * The article folders' names. Development lists folders without parsing them, so a broken
 * article reaches its page, whose error boundary shows file, line and reason.
 */
export function listArticleSlugs(): string[] {
  return DIRS.flatMap(articleFolderNames);
}

/** The content folder (content/articles or an extra one) that holds `slug`. */
export function folderOf(slug: string): string | null {
  return DIRS.find((dir) => articleFolderNames(dir).includes(slug)) ?? null;
}

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
      return parseArticle({ slug, article: article!, summary: summary ?? null, glossary, knownTopics: topicSlugs() });
    }
  }
  return readArticleFolder(known.dir, slug);
}

// A page asks for its article twice (metadata, then the page): parse it once per version.
const recent = new Map<string, { stamp: string; article: Article }>();

export function getArticle(slug: string): Article | null {
  if (production()) {
    const known = indexState().known.get(slug);
    if (!known || known.entry.draft) return null;
    const hit = recent.get(slug);
    if (hit?.stamp === known.stamp) return hit.article;
    const article = publishedArticle(known, slug);
    if (!article) return null;
    if (recent.size > 32) recent.clear();
    recent.set(slug, { stamp: known.stamp, article });
    return article;
  }
  // Development parses just this article, so another article's mistake never blocks it.
  const dir = folderOf(slug);
  return dir ? readArticleFolder(dir, slug) : null;
}
