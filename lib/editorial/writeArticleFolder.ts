import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILE, SUMMARY_FILE } from '../content/articleFolder';

export class FolderExistsError extends Error {}

/**
 * Writes an article folder all at once: both files go into a `.`-named temporary folder beside
 * it (which every reader of content skips), which is then renamed into place. A killed import
 * leaves at most that temporary folder, never a partial article. Without `force`, the rename
 * itself refuses a folder that exists (POSIX rename onto a non-empty directory fails), so of two
 * imports to one slug at once, exactly one succeeds.
 */
export function writeArticleFolder(
  contentDir: string,
  slug: string,
  files: { article: string; summary: string },
  force: boolean,
): void {
  mkdirSync(contentDir, { recursive: true });
  const target = path.join(contentDir, slug);
  const staging = mkdtempSync(path.join(contentDir, `.import-${slug}-`));
  let replaced: string | null = null;
  try {
    writeFileSync(path.join(staging, ARTICLE_FILE), files.article);
    writeFileSync(path.join(staging, SUMMARY_FILE), files.summary);
    if (force) {
      replaced = `${staging}.replaced`;
      try {
        renameSync(target, replaced);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        replaced = null;
      }
    }
    try {
      renameSync(staging, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new FolderExistsError(slug);
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    if (replaced) rmSync(replaced, { recursive: true, force: true });
  }
}
