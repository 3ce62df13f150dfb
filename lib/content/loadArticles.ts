import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from './parseArticle';
import type { Article } from './schema';

export const CONTENT_DIR = path.join(process.cwd(), 'content', 'articles');
const ARTICLE_FILE = 'article.ar.md';
const SUMMARY_FILE = 'summary.en.md';

function readIfExists(file: string) {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Reads one article folder; errors name the file relative to the repo root. */
export function readArticleFolder(dir: string, slug: string): Article | null {
  const articleText = readIfExists(path.join(dir, slug, ARTICLE_FILE));
  if (articleText === null) return null;
  const summaryText = readIfExists(path.join(dir, slug, SUMMARY_FILE));
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, slug, name));
  return parseArticle({
    slug,
    article: { file: shown(ARTICLE_FILE), text: articleText },
    summary: summaryText === null ? null : { file: shown(SUMMARY_FILE), text: summaryText },
  });
}

function folderNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The e2e build adds its fixture articles (e.g. one with a summary missing) from here. */
const EXTRA_DIR = process.env.QARI_EXTRA_CONTENT_DIR || undefined;
// turbopackIgnore: a directory named at run time must not make the build trace the whole project.
const DIRS = [CONTENT_DIR, ...(EXTRA_DIR ? [path.resolve(/*turbopackIgnore: true*/ EXTRA_DIR)] : [])];

function readEverything(): Article[] {
  return DIRS.flatMap((dir) => folderNames(dir).flatMap((slug) => readArticleFolder(dir, slug) ?? []));
}

const production = () => process.env.NODE_ENV === 'production';

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
  return production() ? listArticles().map((article) => article.slug) : DIRS.flatMap(folderNames);
}

export function getArticle(slug: string): Article | null {
  if (production()) return listArticles().find((article) => article.slug === slug) ?? null;
  // Development parses just this article, so another article's mistake never blocks it.
  for (const dir of DIRS) {
    if (folderNames(dir).includes(slug)) return readArticleFolder(dir, slug);
  }
  return null;
}
