import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILES, articleFiles, CONTENT_DIR, CONTENT_ROOT } from '../content/articleFolder';
import type { VersionNote } from '../history/versionStore';
import { writeFileAtomic } from '../work/writeFileAtomic';
import { scheduledTime, scheduleDir, scheduleFile } from './schedule.mjs';

const DIR = scheduleDir(CONTENT_ROOT);

/** A correction held until its time: the article's files as the editor left them, and its note. */
export interface HeldCorrection {
  files: (string | null)[];
  note: VersionNote | null;
  minor: boolean;
}

/** Why `at` cannot be a publish's time, or null. */
export function atProblem(at: string): string | null {
  const time = scheduledTime(at);
  if (time === null) return `--at must be a time with its offset, such as 2026-12-08T06:00+03:00, not "${at}"`;
  if (time <= Date.now()) return `--at ${at} has passed: publish now without --at`;
  return null;
}

/**
 * Sets `slug` to go live at `at` (replacing an earlier time). A correction is held in the
 * schedule, and the article's folder gets back `published` (the files of its last kept
 * version): until the time, every server, whatever it re-reads, shows what readers see now.
 */
export async function schedulePublish(
  slug: string,
  at: string,
  held?: { correction: HeldCorrection; published: (string | null)[] },
) {
  mkdirSync(DIR, { recursive: true });
  await writeFileAtomic(scheduleFile(DIR, slug), `${JSON.stringify({ slug, at, correction: held?.correction })}\n`);
  if (held) writeArticleFiles(slug, held.published);
}

/**
 * Takes `slug`'s time back; a held correction's files go back into the article's folder, as the
 * editor left them. False when nothing is scheduled (or a server has begun to publish it).
 */
export function cancelSchedule(slug: string): boolean {
  const file = scheduleFile(DIR, slug);
  let schedule: { correction?: HeldCorrection };
  try {
    schedule = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
  if (schedule.correction) writeArticleFiles(slug, schedule.correction.files);
  rmSync(file, { force: true });
  return true;
}

/**
 * The article's folder set to `files` (ARTICLE_FILES order; null: the file goes), each written
 * whole under a name of its own, then renamed: a server reading the folder never sees half a file.
 */
export function writeArticleFiles(slug: string, files: (string | null)[]) {
  const { folder } = articleFiles(CONTENT_DIR, slug);
  for (const [index, name] of ARTICLE_FILES.entries()) {
    const target = path.join(folder, name);
    if (files[index] == null) rmSync(target, { force: true });
    else {
      const temporary = `${target}.${randomUUID()}.tmp`;
      writeFileSync(temporary, files[index]!);
      renameSync(temporary, target);
    }
  }
}
