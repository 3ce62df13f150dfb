import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArticle, publishedHashes } from '@/lib/content/loadArticles';
import { BASE_HASHES_FILE, recentIndexDir, searchIndexDir } from './searchIndexDir';
import { RECENT_MANIFEST, RECENT_PREFIX, SEARCH_INDEX_URL, type RecentManifest } from './searchIndexUrls';
import { writeSearchIndex } from './writeSearchIndex';

// Pagefind cannot add to an index (pagefind#71), so a publish leaves the build's base index as it
// is and writes a second, small one of every article changed since the build; the browser merges
// the two (mergeIndex) and drops the base's hits for the articles the small one replaces.

function baseHashes(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path.join(searchIndexDir(), BASE_HASHES_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** The articles that differ from the base index: changed or new, and no longer published. */
export function changedSinceBuild() {
  const base = baseHashes();
  const now = publishedHashes();
  const changed = [...now].flatMap(([slug, hash]) => (base[slug] === hash ? [] : [slug]));
  const removed = Object.keys(base).filter((slug) => !now.has(slug));
  return { changed, removed };
}

// One rebuild at a time: each runs its own Pagefind process and replaces the manifest.
let queue: Promise<unknown> = Promise.resolve();

/** Rebuilds the recent index and its manifest; returns what it indexed and how long it took. */
export function updateRecentSearch(): ReturnType<typeof rebuild> {
  const next = queue.then(rebuild, rebuild);
  queue = next.catch(() => undefined);
  return next;
}

async function rebuild() {
  const started = performance.now();
  const { changed, removed } = changedSinceBuild();
  // turbopackIgnore: a folder named at run time must not make the build trace the whole project.
  const dir = path.join(/*turbopackIgnore: true*/ recentIndexDir());
  mkdirSync(dir, { recursive: true });
  // A new folder per publish: a browser that loaded the previous manifest keeps its files.
  const name = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let records = 0;
  if (changed.length) {
    records = await writeSearchIndex(
      changed.flatMap((slug) => getArticle(slug) ?? []),
      path.join(/*turbopackIgnore: true*/ dir, name),
      true,
    );
  }
  const manifest: RecentManifest = {
    index: changed.length ? `${SEARCH_INDEX_URL}${RECENT_PREFIX}/${name}/` : null,
    superseded: [...changed, ...removed],
  };
  const file = path.join(/*turbopackIgnore: true*/ dir, RECENT_MANIFEST);
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(manifest));
  renameSync(`${file}.${process.pid}`, file);
  // Keep the three newest folders for pages opened before this publish.
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const old of folders
    .map((entry) => entry.name)
    .sort()
    .slice(0, -3)) {
    rmSync(path.join(/*turbopackIgnore: true*/ dir, old), { recursive: true, force: true });
  }
  return { articles: changed.length, records, ms: Math.round(performance.now() - started) };
}
