import { mkdirSync, rmSync } from 'node:fs';
import { CONTENT_ROOT } from '../content/articleFolder';
import { writeFileAtomic } from '../work/writeFileAtomic';
import { scheduledTime, scheduleDir, scheduleFile } from './schedule.mjs';

const DIR = scheduleDir(CONTENT_ROOT);

/** Sets `slug` to go live at `at` (replacing an earlier time); says why not when it cannot. */
export async function schedulePublish(slug: string, at: string): Promise<string | null> {
  const time = scheduledTime(at);
  if (time === null) return `--at must be a time with its offset, such as 2026-12-08T06:00+03:00, not "${at}"`;
  if (time <= Date.now()) return `--at ${at} has passed: publish now without --at`;
  mkdirSync(DIR, { recursive: true });
  await writeFileAtomic(scheduleFile(DIR, slug), `${JSON.stringify({ slug, at })}\n`);
  return null;
}

/** Takes `slug`'s time back; false when it had none (or a server has begun to publish it). */
export function cancelSchedule(slug: string): boolean {
  const file = scheduleFile(DIR, slug);
  try {
    rmSync(file);
    return true;
  } catch {
    return false;
  }
}
