import { existsSync, readFileSync } from 'node:fs';
import { articleFiles, articleFolderNames, CONTENT_DIRS } from './articleFolder';
import { ContentProblem, throwCollected } from './ContentError';
import { fileSizeProblem } from './limits';
import { parseArticle, type ArticleSource } from './parseArticle';
import { readTopics } from './topics';
import type { Article } from './schema';

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A content file's text, or null if it does not exist; too large or not UTF-8 is a problem. */
function readIfExists(file: string, problems: ContentProblem[]): string | null {
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const tooLarge = fileSizeProblem(bytes.length);
  if (tooLarge) problems.push(new ContentProblem(file, undefined, tooLarge));
  else {
    try {
      // Strict: a file saved in another encoding (Windows-1256, say) would otherwise turn
      // every Arabic letter into U+FFFD without a word.
      return STRICT_UTF8.decode(bytes);
    } catch {
      problems.push(new ContentProblem(file, undefined, 'not UTF-8 text: save the file as UTF-8'));
    }
  }
  return '';
}

/** The topic slugs declared on disk now: what an article's `topics` may name. */
export const topicSlugsOnDisk = () => new Set(readTopics().map((topic) => topic.slug));

/**
 * Reads one article folder's files, once (null without article.ar.md): what the parser takes,
 * and what content:check reads its TODOs from. Errors name the file relative to the repo root.
 */
export function readArticleSource(dir: string, slug: string, knownTopics = topicSlugsOnDisk()): ArticleSource | null {
  const files = articleFiles(dir, slug);
  const problems: ContentProblem[] = [];
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
export function readArticleFolder(dir: string, slug: string, knownTopics = topicSlugsOnDisk()): Article | null {
  const source = readArticleSource(dir, slug, knownTopics);
  return source && parseArticle(source);
}

/** Every article in every content folder, parsed whole; the first content error throws. */
export function readEveryArticle(knownTopics = topicSlugsOnDisk()): Article[] {
  return CONTENT_DIRS.flatMap((dir) =>
    articleFolderNames(dir).flatMap((slug) => readArticleFolder(dir, slug, knownTopics) ?? []),
  );
}
