// Writes each published article's Open Graph images (lib/og/ogImage.ts), one per UI language,
// into the build directory (after `next build`: `npm run build` runs it), served at /og/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  for (const article of articles) {
    for (const locale of ['ar', 'en'] as const) {
      writeFileSync(path.join(dir, ogImageFile(article.slug, locale)), await ogImage(article, locale));
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`og images: ${articles.length * 2} → ${dir} in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
