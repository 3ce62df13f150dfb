import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FILES, articleFiles } from './articleFolder';

/** An article's files as they are on disk, in ARTICLE_FILES order (null: no such file). */
export function articleFileTexts(dir: string, slug: string): (string | null)[] {
  const { folder } = articleFiles(dir, slug);
  return ARTICLE_FILES.map((name) => {
    try {
      return readFileSync(path.join(/*turbopackIgnore: true*/ folder, name), 'utf8');
    } catch {
      return null;
    }
  });
}

/** The content hash of an article's files (what its page carries as `data-version`). */
export function hashOfFiles(texts: readonly (string | null)[]): string {
  const hash = createHash('sha1');
  for (const text of texts) hash.update(text ?? '-');
  return hash.digest('base64url');
}

