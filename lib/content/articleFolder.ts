import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The shape of the content on disk, in one place for the loader, `content:check` and
 * `content:import`: `content/articles/<slug>/article.ar.md` and, beside it, `summary.en.md`.
 */
export const CONTENT_ROOT = process.env.QARI_CONTENT_ROOT
  ? // turbopackIgnore: a folder named at run time must not make the build trace the whole project.
    path.resolve(/*turbopackIgnore: true*/ process.env.QARI_CONTENT_ROOT)
  : path.join(process.cwd(), 'content');
/** `content/articles`, or `articles/` under QARI_CONTENT_ROOT (a copy, a volume the servers share). */
export const CONTENT_DIR = path.join(CONTENT_ROOT, 'articles');
export const ARTICLE_FILE = 'article.ar.md';
export const SUMMARY_FILE = 'summary.en.md';

/** The article folders in `dir`, by name (their slugs), sorted; `.`-folders are an import's work in progress. */
export function articleFolderNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** An article's optional glossary for learners (lib/content/glossary.ts). */
export const GLOSSARY_FILE = 'glossary.en.yaml';
/** Every file of an article folder, in the order they are read. */
export const ARTICLE_FILES = [ARTICLE_FILE, SUMMARY_FILE, GLOSSARY_FILE] as const;

/** An article's files, named as errors show them: relative to the repository root. */
export function articleFiles(dir: string, slug: string) {
  const shown = (name: string) => path.relative(process.cwd(), path.join(dir, slug, name));
  return {
    folder: path.join(dir, slug),
    article: shown(ARTICLE_FILE),
    summary: shown(SUMMARY_FILE),
    glossary: shown(GLOSSARY_FILE),
  };
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
/** Every folder articles are read from, the first that holds a slug winning. */
export const CONTENT_DIRS = [CONTENT_DIR, ...EXTRA_DIRS];

/** Every article folder's name, unparsed. */
export function allArticleFolderNames(): string[] {
  return CONTENT_DIRS.flatMap(articleFolderNames);
}

/** The content folder (content/articles or an extra one) that holds `slug`. */
export function folderOf(slug: string): string | null {
  return CONTENT_DIRS.find((dir) => articleFolderNames(dir).includes(slug)) ?? null;
}
