import { rmSync } from 'node:fs';
import type { Article } from '@/lib/content/schema';
import { searchRecord } from './searchRecords';

/**
 * Writes a Pagefind index of `articles` (one custom record each) to `outputPath`, replacing what
 * was there; `recent` marks the records of the small index a publish rebuilds, so the browser
 * can tell them from the base index's older copy of the same article. Pagefind's process is
 * closed after each index: it keeps what it indexed until then (about 0.6 MiB an article).
 */
export async function writeSearchIndex(articles: Iterable<Article>, outputPath: string, recent = false) {
  // Pagefind ships as ES modules only; the build scripts run as CommonJS under tsx.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let count = 0;
  // Records go to Pagefind's process in batches, not one round trip each: one at a time,
  // 6,000 records took 35 s, nearly all of it waiting for each answer.
  let batch: Promise<void>[] = [];
  const flush = async () => {
    await Promise.all(batch);
    batch = [];
  };
  try {
    for (const article of articles) {
      const record = searchRecord(article);
      const sent = recent ? { ...record, meta: { ...record.meta, recent: '1' } } : record;
      batch.push(
        index.addCustomRecord(sent).then((added) => {
          if (added.errors.length) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
        }),
      );
      count++;
      if (batch.length >= 256) await flush();
    }
    await flush();
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  return count;
}
