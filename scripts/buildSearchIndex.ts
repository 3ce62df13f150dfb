// Writes the search index of the published articles into the build directory (after
// `next build`: `npm run build` runs both). Pagefind, with one custom record per section.
// `--dev` (run by `npm run dev`) indexes drafts too, as development shows them.
import { rmSync } from 'node:fs';
import { listArticles } from '../lib/content/loadArticles';
import { searchIndexDir } from '../lib/search/searchIndexDir';
import { searchRecords } from '../lib/search/searchRecords';

async function main() {
  const started = performance.now();
  // The loader shows drafts outside production only.
  if (!process.argv.includes('--dev')) Object.assign(process.env, { NODE_ENV: 'production' });
  const records = searchRecords(listArticles());
  // Pagefind ships as ES modules only; this script runs as CommonJS under tsx.
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ar' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const outputPath = searchIndexDir();
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${records.length} sections → ${outputPath} in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
