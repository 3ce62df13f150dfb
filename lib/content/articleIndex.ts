import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE, articleFiles, articleFolderNames, GLOSSARY_FILE, SUMMARY_FILE } from './articleFolder';
import { entryOf, type ArticleEntry } from './articleEntry';
import { articleFileTexts, hashOfFiles } from './contentHash';
import { historyStamp } from '../history/historySummary';
import type { Article } from './schema';

/** One article folder as the index knows it: where it is, its files' stamp, its entry. */
interface Known {
  dir: string;
  stamp: string;
  /** Of its files' bytes (ARTICLE_FILES): survives a copy that changes their times (a deploy, a volume). */
  hash: string;
  entry: ArticleEntry;
}

export interface IndexState {
  /** Bumped whenever an entry changed: the key of everything derived from the list. */
  version: number;
  known: Map<string, Known>;
}

// Bump when ArticleEntry or its derivation changes: an index written by older code is ignored.
const FORMAT = 5;

/**
 * Size and modification time of an article's files (article, summary, glossary) and of its
 * history folder: what tells a changed article from an unchanged one.
 */
export function stampOf(dir: string, slug: string): string | null {
  const { folder } = articleFiles(dir, slug);
  const stat = (name: string) => {
    try {
      const s = statSync(path.join(/*turbopackIgnore: true*/ folder, name));
      return `${s.size}@${s.mtimeMs}`;
    } catch {
      return null;
    }
  };
  const article = stat(ARTICLE_FILE);
  // A version kept in the article's history (a correction's note) changes its entry too.
  return article && `${article}/${stat(SUMMARY_FILE) ?? '-'}/${stat(GLOSSARY_FILE) ?? '-'}/${historyStamp(slug)}`;
}

const contentHash = (dir: string, slug: string) => hashOfFiles(articleFileTexts(dir, slug));

/**
 * Brings `state` up to date with the folders: parses only the articles whose files changed
 * since it last looked (all of them the first time), forgets removed ones. A content error
 * throws and leaves the state as it was, so readers keep the last good library.
 */
export function refreshIndex(
  state: IndexState,
  dirs: readonly string[],
  read: (dir: string, slug: string) => Article | null,
): number {
  const next = new Map<string, Known>();
  let parsed = 0;
  for (const dir of dirs) {
    for (const slug of articleFolderNames(dir)) {
      // The first folder that holds a slug wins, as folderOf() finds it.
      if (next.has(slug)) continue;
      const stamp = stampOf(dir, slug);
      if (!stamp) continue;
      const old = state.known.get(slug);
      if (old && old.stamp === stamp && old.dir === dir) {
        next.set(slug, old);
        continue;
      }
      const article = read(dir, slug);
      parsed++;
      if (article) next.set(slug, { dir, stamp, hash: contentHash(dir, slug), entry: entryOf(article) });
    }
  }
  const removed = [...state.known.keys()].some((slug) => !next.has(slug));
  state.known = next;
  if (parsed || removed) state.version++;
  return parsed;
}

/** Where a build keeps the index between processes: Next keeps `cache/` across builds. */
export function indexFile(distDir: string, dirs: readonly string[]): string {
  // One file per set of folders: the e2e and bench builds add others to content/.
  let hash = 0;
  for (const char of dirs.join('\n')) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return path.join(distDir, 'cache', 'qari', `content-index-${(hash >>> 0).toString(36)}.json`);
}

export function readIndexFile(file: string): Map<string, Known> {
  try {
    const saved = JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as {
      format: number;
      known: [string, Known][];
    };
    return saved.format === FORMAT ? new Map(saved.known) : new Map();
  } catch {
    return new Map();
  }
}

export function writeIndexFile(file: string, known: Map<string, Known>) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written beside, then renamed: a build worker reading it never sees half a file.
    const temporary = `${file}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ format: FORMAT, known: [...known] }));
    renameSync(temporary, file);
  } catch {
    // Only a head start for the next process: without it, that process parses every article.
  }
}
