import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFiles, articleFolderNames, CONTENT_DIR } from './articleFolder';
import { ContentError, throwCollected } from './ContentError';
import { fileSizeProblem } from './limits';
import { parseArticle } from './parseArticle';
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

/** Reads one article folder; errors name the file relative to the repo root. */
export function readArticleFolder(dir: string, slug: string, knownTopics = topicSlugs()): Article | null {
  const files = articleFiles(dir, slug);
  const problems: ContentError[] = [];
  const articleText = readIfExists(files.article, problems);
  if (articleText === null) return null;
  const summaryText = readIfExists(files.summary, problems);
  throwCollected(problems);
  return parseArticle({
    slug,
    article: { file: files.article, text: articleText },
    summary: summaryText === null ? null : { file: files.summary, text: summaryText },
    knownTopics,
  });
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

// Production parses once per process; dev re-reads so edits show on the next render.
let cached: Article[] | null = null;
function allArticles(): Article[] {
  if (!production()) return readEverything();
  cached ??= readEverything();
  return cached;
}

/** Articles readers may see: drafts only outside production. */
export function listArticles(): Article[] {
  return allArticles().filter((article) => !production() || !article.draft);
}

/**
 * The slugs to prerender. In production every article is parsed (a content error fails the
 * build); in development only folder names are listed, so a broken article reaches its page,
 * whose error boundary shows file, line and reason, instead of failing the whole route.
 */
export function listArticleSlugs(): string[] {
  return production() ? listArticles().map((article) => article.slug) : DIRS.flatMap(articleFolderNames);
}

/** The content folder (content/articles or an extra one) that holds `slug`. */
export function folderOf(slug: string): string | null {
  return DIRS.find((dir) => articleFolderNames(dir).includes(slug)) ?? null;
}

export function getArticle(slug: string): Article | null {
  if (production()) return listArticles().find((article) => article.slug === slug) ?? null;
  // Development parses just this article, so another article's mistake never blocks it.
  const dir = folderOf(slug);
  return dir ? readArticleFolder(dir, slug) : null;
}
