import { readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { articleFiles, CONTENT_DIR, CONTENT_ROOT } from '@/lib/content/articleFolder';
import { publishFrontmatter } from '@/lib/editorial/publishFrontmatter';
import { articleFileTexts, hashOfFiles } from '@/lib/content/contentHash';
import { recordVersion, VersionConflict, versionsOf } from '@/lib/history/versionStore';
import { writeFileAtomic } from '@/lib/work/writeFileAtomic';
import { claimedFile, scheduledTime, scheduleDir, scheduleFile } from './schedule.mjs';

const DIR = scheduleDir(CONTENT_ROOT);
// A claim no server finished in this long (it stopped mid-publish) is taken up again.
const STALE_CLAIM_MS = 60_000;

export interface Schedule {
  slug: string;
  /** When it goes live, as the editor wrote it (with its offset). */
  at: string;
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
 * Publishes `slug` if its time has come and this server is the first to claim it: removes its
 * draft line, dates it (the day of its time, as written), keeps its first version at that time.
 * Says what happened; only 'published' means the caller revalidates.
 */
export async function publishScheduled(slug: string): Promise<'published' | 'not-due' | 'not-scheduled'> {
  const claim = claimedFile(DIR, slug);
  const stale = (() => {
    try {
      return Date.now() - statSync(claim).mtimeMs > STALE_CLAIM_MS;
    } catch {
      return false;
    }
  })();
  const schedule = stale ? (JSON.parse(readFileSync(claim, 'utf8')) as Schedule) : scheduleOf(slug);
  if (!schedule) return 'not-scheduled';
  if (scheduledTime(schedule.at)! > Date.now()) return 'not-due';
  try {
    // Atomic: of several servers at the same moment, one renames it; the others find nothing.
    if (!stale) renameSync(scheduleFile(DIR, slug), claim);
  } catch {
    return 'not-scheduled';
  }
  const { article } = articleFiles(CONTENT_DIR, slug);
  const [text, ...rest] = articleFileTexts(CONTENT_DIR, slug);
  if (text == null) {
    rmSync(claim, { force: true });
    return 'not-scheduled';
  }
  // Dated the day it goes live, as the editor wrote the time (its own offset's day).
  const published = publishFrontmatter(text, schedule.at.slice(0, 10), true);
  const files = [published.text, ...rest];
  // Kept already by a server that stopped before it changed the file: only its work is finished.
  const kept = (await versionsOf(slug)).at(-1)?.hash === hashOfFiles(files);
  try {
    if (!kept) await recordVersion(slug, { files, at: schedule.at, note: null, minor: false });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
  }
  await writeFileAtomic(article, published.text);
  rmSync(claim, { force: true });
  return 'published';
}
