import { chmod, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { ARTICLE_FILES, CONTENT_ROOT } from '../content/articleFolder';
import { hashOfFiles } from '../content/contentHash';

/**
 * Every published version of every article, kept whole and never changed, on the content volume
 * beside the articles: `history/<slug>/0001.json`, `0002.json`, … Files, not git: every server
 * already mounts the volume (no repository to clone, pull or lock on each one), a version is
 * one small file a server reads without a process, and a file created with a hard link is
 * written whole and exactly once — two publishes that race for one number cannot both win.
 */
// turbopackIgnore: a folder named at run time must not make the build trace the whole project.
export const HISTORY_DIR = path.join(/*turbopackIgnore: true*/ CONTENT_ROOT, 'history');

const NoteSchema = z.strictObject({ ar: z.string().min(1), en: z.string().min(1).optional() });
export const VersionSchema = z.strictObject({
  version: z.number().int().positive(),
  /** When it was published (ISO 8601, with its offset). */
  at: z.iso.datetime({ offset: true }),
  /** The content hash of its files: what its page carried as `data-version`. */
  hash: z.string(),
  /** A correction's public note; null for the first version and for a minor fix. */
  note: NoteSchema.nullable(),
  minor: z.boolean(),
  /** The article's files, whole, in ARTICLE_FILES order (null: the file did not exist). */
  files: z.array(z.string().nullable()).length(ARTICLE_FILES.length),
});
export type Version = z.infer<typeof VersionSchema>;
export type VersionNote = z.infer<typeof NoteSchema>;

/** A publish lost the race for its version number: nothing of it was kept. */
export class VersionConflict extends Error {}

const folderOf = (slug: string, root = HISTORY_DIR) => path.join(/*turbopackIgnore: true*/ root, slug);
const fileOf = (version: number) => `${String(version).padStart(4, '0')}.json`;

/** Every kept version of `slug`, oldest first (none when it has no history). */
export async function versionsOf(slug: string, root = HISTORY_DIR): Promise<Version[]> {
  const names = await readdir(folderOf(slug, root)).catch(() => [] as string[]);
  const files = names.filter((name) => /^\d{4,}\.json$/.test(name)).sort();
  const versions = await Promise.all(
    files.map(async (name) =>
      VersionSchema.parse(JSON.parse(await readFile(path.join(folderOf(slug, root), name), 'utf8'))),
    ),
  );
  return versions.sort((a, b) => a.version - b.version);
}

/**
 * Keeps `files` as the next version of `slug`, whole and read-only. Refuses (VersionConflict)
 * when another publish took that number first: the caller says so and changes nothing.
 */
export async function recordVersion(
  slug: string,
  { files, at, note, minor }: { files: (string | null)[]; at: string; note: VersionNote | null; minor: boolean },
  root = HISTORY_DIR,
): Promise<Version> {
  const known = await versionsOf(slug, root);
  const version = VersionSchema.parse({
    version: (known.at(-1)?.version ?? 0) + 1,
    at,
    hash: hashOfFiles(files),
    note,
    minor,
    files,
  });
  const folder = folderOf(slug, root);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${randomUUID()}.tmp`);
  await writeFile(temporary, `${JSON.stringify(version, null, 2)}\n`, { mode: 0o444 });
  try {
    // A hard link to a name that exists fails: the first publish to reach the number keeps it.
    await link(temporary, path.join(folder, fileOf(version.version)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new VersionConflict(
      `another publish of ${slug} was kept as version ${version.version} a moment ago: nothing of this one was kept; look at it and publish again`,
    );
  } finally {
    await rm(temporary, { force: true });
  }
  await chmod(path.join(folder, fileOf(version.version)), 0o444).catch(() => undefined);
  return version;
}
