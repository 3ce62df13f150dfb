// Writes each published article's Open Graph images (lib/og/ogImage.ts), one per UI language,
// into the build directory (after `next build`: `npm run build` runs it), served at /og/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { listArticles } from '../lib/content/loadArticles';
import { ogImage, loadSiteFonts } from '../lib/og/ogImage';
import { ogImageDir, ogImageFile } from '../lib/og/ogImagePaths';

async function main() {
  const started = performance.now();
  Object.assign(process.env, { NODE_ENV: 'production' });
  await loadSiteFonts();
  const dir = ogImageDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = listArticles();
  const jobs = articles.flatMap((article) => (['ar', 'en'] as const).map((locale) => ({ article, locale })));
  // sharp renders in libuv's thread pool: one job per core keeps every core busy.
  const draw = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      writeFileSync(path.join(dir, ogImageFile(job.article.slug, job.locale)), await ogImage(job.article, job.locale));
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, draw));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`og images: ${articles.length * 2} → ${dir} in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
