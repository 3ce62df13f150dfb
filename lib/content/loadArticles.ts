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

function readAll(dir: string): Article[] {
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return slugs.flatMap((slug) => readArticleFolder(dir, slug) ?? []);
}

/** The e2e build adds its fixture articles (e.g. one with a summary missing) from here. */
const EXTRA_DIR = process.env.QARI_EXTRA_CONTENT_DIR || undefined;

function readEverything(): Article[] {
  return [...readAll(CONTENT_DIR), ...(EXTRA_DIR ? readAll(path.resolve(EXTRA_DIR)) : [])];
}

// Production parses once per process; dev re-reads so edits show on the next render.
let cached: Article[] | null = null;
function allArticles(): Article[] {
  if (process.env.NODE_ENV !== 'production') return readEverything();
  cached ??= readEverything();
  return cached;
}

/** Articles readers may see: drafts only outside production. */
export function listArticles(): Article[] {
  const showDrafts = process.env.NODE_ENV !== 'production';
  return allArticles().filter((article) => showDrafts || !article.draft);
}

export function getArticle(slug: string): Article | null {
  return listArticles().find((article) => article.slug === slug) ?? null;
}
