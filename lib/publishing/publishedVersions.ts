import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT } from '@/lib/content/articleFolder';
import { writeFileAtomic } from '@/lib/work/writeFileAtomic';

// turbopackIgnore: a folder named at run time must not make the build trace the whole project.
const DIR = path.join(/*turbopackIgnore: true*/ CONTENT_ROOT, '.published-versions');

/**
 * The content hash of `slug` when it was last published through a server (one small file per
 * article on the content volume, beside the publish marker: every server reads the same), or
 * null if it never was. What tells "nothing changed" from a correction, whatever server
 * re-read the files in between.
 */
export function lastPublished(slug: string): string | null {
  try {
    return readFileSync(path.join(DIR, slug), 'utf8');
  } catch {
    return null;
  }
}

/** Records that `slug` was published at `hash` (null: it is gone). */
export async function recordPublished(slug: string, hash: string | null) {
  const file = path.join(DIR, slug);
  if (hash === null) return rmSync(file, { force: true });
  mkdirSync(DIR, { recursive: true });
  await writeFileAtomic(file, hash);
}
