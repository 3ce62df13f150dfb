import 'server-only';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { CONTENT_DIR, CONTENT_ROOT } from '@/lib/content/articleFolder';
import { publishFrontmatter } from '@/lib/editorial/publishFrontmatter';
import { articleFileTexts, hashOfFiles } from '@/lib/content/contentHash';
import { recordVersion, VersionConflict, versionsOf, type VersionNote } from '@/lib/history/versionStore';
import { writeArticleFiles } from './scheduleFiles';
import { claimedFile, scheduledTime, scheduleDir, scheduleFile, staleClaim } from './schedule.mjs';

const DIR = scheduleDir(CONTENT_ROOT);

export interface Schedule {
  slug: string;
  /** When it goes live, as the editor wrote it (with its offset). */
  at: string;
  /**
   * A correction to publish then: its files (ARTICLE_FILES order; null: no such file), held here
   * until the time while the article's folder keeps the version readers see, and its note.
   */
  correction?: { files: (string | null)[]; note: VersionNote | null; minor: boolean };
}

/** The schedule of `slug`, or null. */
export function scheduleOf(slug: string): Schedule | null {
  try {
    const schedule = JSON.parse(readFileSync(scheduleFile(DIR, slug), 'utf8')) as Schedule;
    return scheduledTime(schedule.at) === null ? null : schedule;
  } catch {
    return null;
  }
}

/**
 * Publishes `slug` if its time has come and this server is the first to claim it: a draft loses
 * its draft line and is dated the day of its time; a correction's held files are written back;
 * either is kept as a version at that time, with its note.
 * Says what happened; only 'published' means the caller revalidates.
 */
export async function publishScheduled(slug: string): Promise<'published' | 'not-due' | 'not-scheduled'> {
  const claim = claimedFile(DIR, slug);
  const stale = staleClaim(claim);
  const schedule = stale ? (JSON.parse(readFileSync(claim, 'utf8')) as Schedule) : scheduleOf(slug);
  if (!schedule) return 'not-scheduled';
  if (scheduledTime(schedule.at)! > Date.now()) return 'not-due';
  try {
    // Atomic: of several servers at the same moment, one renames it; the others find nothing.
    if (!stale) renameSync(scheduleFile(DIR, slug), claim);
  } catch {
    return 'not-scheduled';
  }
  const current = articleFileTexts(CONTENT_DIR, slug);
  if (current[0] == null) {
    rmSync(claim, { force: true });
    return 'not-scheduled';
  }
  // A correction's files as the editor left them; else the draft, published: no draft line,
  // dated the day it goes live (as the editor wrote the time, in its own offset).
  const files = schedule.correction?.files ?? [
    publishFrontmatter(current[0], schedule.at.slice(0, 10), true).text,
    ...current.slice(1),
  ];
  const { note = null, minor = false } = schedule.correction ?? {};
  // Kept already by a server that stopped before it changed the files: only its work is finished.
  const kept = (await versionsOf(slug)).at(-1)?.hash === hashOfFiles(files);
  try {
    if (!kept) await recordVersion(slug, { files, at: schedule.at, note, minor });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
  writeArticleFiles(slug, files);
  rmSync(claim, { force: true });
  return 'published';
}
