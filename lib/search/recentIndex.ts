import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { content } from '@/lib/content/source/contentSource';
import { BASE_HASHES_FILE, recentIndexDir, searchIndexDir } from './searchIndexDir';
import { RECENT_MANIFEST, RECENT_PREFIX, SEARCH_INDEX_URL, type RecentManifest } from './searchIndexUrls';
import { writeSearchIndex } from './writeSearchIndex';

// Pagefind cannot add to an index (pagefind#71), so a publish leaves the build's base index as it
// is and writes a second, small one of every article changed since the build; the browser merges
// the two (mergeIndex) and drops the base's hits for the articles the small one replaces.
// Several app servers each write their own, under a name made of what it holds: a browser that
// read the manifest from one server finds the same files on another.

function baseHashes(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(path.join(searchIndexDir(), BASE_HASHES_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

let known: { version: number; base: string; changes: ReturnType<typeof changes> } | null = null;

/** The articles that differ from the base index (changed or new, and no longer published), and the manifest naming their index. */
export function changedSinceBuild() {
  // Computed again only when the content or the base index changed: a missing file asked for
  // again and again costs a lookup, not a pass over every article.
  const version = content().contentVersion();
  const base = searchIndexDir();
  if (known?.version !== version || known.base !== base) known = { version, base, changes: changes() };
  return known.changes;
}

function changes() {
  const base = baseHashes();
  const now = content().publishedHashes();
  const changed = [...now].flatMap(([slug, hash]) => (base[slug] === hash ? [] : [slug]));
  const removed = Object.keys(base).filter((slug) => !now.has(slug));
  const name = createHash('sha1')
    .update(changed.map((slug) => `${slug}:${now.get(slug)}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const manifest: RecentManifest = {
    index: changed.length ? `${SEARCH_INDEX_URL}${RECENT_PREFIX}/${name}/` : null,
    superseded: [...changed, ...removed],
  };
  return { changed, name, manifest };
}

// One rebuild at a time: each runs its own Pagefind process and replaces the manifest.
let queue: Promise<unknown> = Promise.resolve();

/** Rebuilds the recent index and its manifest; returns what it indexed and how long it took. */
export function updateRecentSearch(): ReturnType<typeof rebuild> {
  const next = queue.then(rebuild, rebuild);
  queue = next.catch(() => undefined);
  return next;
}

function readManifest(): RecentManifest | null {
  try {
    return JSON.parse(readFileSync(path.join(recentIndexDir(), RECENT_MANIFEST), 'utf8')) as RecentManifest;
  } catch {
    return null;
  }
}

/**
 * The manifest of the recent index for the content as this server sees it now, rebuilding the
 * index first when another server's publish changed the content (lib/content/publishMarker.ts).
 */
export async function currentRecentManifest(): Promise<RecentManifest> {
  const { manifest } = changedSinceBuild();
  if (JSON.stringify(readManifest()) !== JSON.stringify(manifest)) await updateRecentSearch();
  return readManifest() ?? manifest;
}

async function rebuild() {
  const started = performance.now();
  const { changed, name, manifest } = changedSinceBuild();
  // turbopackIgnore: a folder named at run time must not make the build trace the whole project.
  const dir = path.join(/*turbopackIgnore: true*/ recentIndexDir());
  mkdirSync(dir, { recursive: true });
  const target = path.join(/*turbopackIgnore: true*/ dir, name);
  // A folder per set of changes: a browser that loaded the previous manifest keeps its files.
  if (changed.length && !existsSync(target)) {
    const building = `${target}.${process.pid}`;
    await writeSearchIndex(
      changed.flatMap((slug) => content().getArticle(slug) ?? []),
      building,
      true,
    );
    renameSync(building, target);
  }
  const file = path.join(/*turbopackIgnore: true*/ dir, RECENT_MANIFEST);
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(manifest));
  renameSync(`${file}.${process.pid}`, file);
  // Keep the newest folders (by time) for pages opened before this publish.
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const byAge = folders
    .map((entry) => ({ name: entry.name, at: statTime(path.join(/*turbopackIgnore: true*/ dir, entry.name)) }))
    .sort((a, b) => a.at - b.at);
  for (const old of byAge.slice(0, -4)) {
    if (old.name !== name) rmSync(path.join(/*turbopackIgnore: true*/ dir, old.name), { recursive: true, force: true });
  }
  return { articles: changed.length, ms: Math.round(performance.now() - started) };
}

function statTime(folder: string): number {
  try {
    return statSync(folder).mtimeMs;
  } catch {
    return 0;
  }
}
