import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HISTORY_DIR, VersionSchema, type VersionNote } from './versionStore';

/** What readers are told of an article's history: on its page, in feeds and the sitemap. */
export interface HistorySummary {
  /** How many versions are kept (0: none yet). */
  versions: number;
  /** When its latest version was published, when there is more than one; else null. */
  updated: string | null;
  /** The corrections' public notes, newest first (minor fixes have none). */
  corrections: { version: number; at: string; note: VersionNote }[];
}

export const NO_HISTORY: HistorySummary = { versions: 0, updated: null, corrections: [] };

/** The history folder's state, for the content index's stamp: it changes when a version is kept. */
export function historyStamp(slug: string, root = HISTORY_DIR): string {
  try {
    const stat = statSync(path.join(/*turbopackIgnore: true*/ root, slug));
    return `${stat.mtimeMs}`;
  } catch {
    return '-';
  }
}

/** Every kept version of `slug`, oldest first, read synchronously (the index's refresh and a page's render are). */
function keptVersions(slug: string, root: string) {
  const folder = path.join(/*turbopackIgnore: true*/ root, slug);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /^\d{4,}\.json$/.test(name));
  } catch {
    return [];
  }
  return names
    .map((name) => VersionSchema.parse(JSON.parse(readFileSync(path.join(folder, name), 'utf8'))))
    .sort((a, b) => a.version - b.version);
}

/** An article's history as readers see it, from its kept versions. */
export function historySummary(slug: string, root = HISTORY_DIR): HistorySummary {
  const versions = keptVersions(slug, root);
  if (!versions.length) return NO_HISTORY;
  return {
    versions: versions.length,
    updated: versions.length > 1 ? versions.at(-1)!.at : null,
    corrections: versions.flatMap(({ version, at, note }) => (note ? [{ version, at, note }] : [])).reverse(),
  };
}

/** The files of `slug`'s kept version with content hash `hash`, or null. */
export function keptFiles(slug: string, hash: string, root = HISTORY_DIR): (string | null)[] | null {
  return keptVersions(slug, root).findLast((version) => version.hash === hash)?.files ?? null;
}
