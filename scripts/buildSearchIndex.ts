// Writes the base search index of the published articles into the build directory (after
// `next build`: `npm run build` runs both), with each article's hash, so a running server
// knows which articles a later publish changed (lib/search/recentIndex.ts).
// `--dev` (run by `npm run dev`) indexes drafts too, as development shows them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { getArticle, listArticles, publishedHashes } from '../lib/content/loadArticles';
import type { Article } from '../lib/content/schema';
import { BASE_HASHES_FILE, searchIndexDir } from '../lib/search/searchIndexDir';
import { writeSearchIndex } from '../lib/search/writeSearchIndex';

async function main() {
  const started = performance.now();
  const dev = process.argv.includes('--dev');
  // The loader shows drafts outside production only.
  if (!dev) Object.assign(process.env, { NODE_ENV: 'production' });
  const hashes = dev ? new Map<string, string>() : publishedHashes();
  // One article parsed at a time: 20,000 parsed at once would hold a gigabyte.
  function* articles(): Generator<Article> {
    if (dev) yield* listArticles();
    else for (const slug of hashes.keys()) yield getArticle(slug)!;
  }
  const outputPath = searchIndexDir();
  const records = await writeSearchIndex(articles(), outputPath);
  writeFileSync(path.join(outputPath, BASE_HASHES_FILE), JSON.stringify(Object.fromEntries(hashes)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${records} sections → ${outputPath} in ${seconds} s`);
  (await import('pagefind')).close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
