import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getEntry } from '@/lib/content/loadArticles';
import { loadSiteFonts, ogImage } from '@/lib/og/ogImage';
import { ogImageDir } from '@/lib/og/ogImagePaths';

const SAFE_NAME = /^([a-z0-9-]+)\.(ar|en)\.png$/;
const notFound = () => new Response('Not Found', { status: 404 });
let fonts: Promise<void> | null = null;

/**
 * An article's Open Graph image, drawn on its first request (lib/og/ogImage.ts) and kept in the
 * build directory under a name made from what it shows: a corrected headline draws a new one.
 */
export async function GET(_request: Request, { params }: RouteContext<'/og/[file]'>) {
  const { file } = await params;
  const [, slug = '', locale] = SAFE_NAME.exec(file) ?? [];
  const article = slug ? getEntry(slug) : null;
  if (!article || (locale !== 'ar' && locale !== 'en')) return notFound();
  const shown = createHash('sha256')
    .update(JSON.stringify([article.headline, article.author, locale]))
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(ogImageDir(), `${slug}.${locale}.${shown}.png`);
  let body: Buffer | null = await readFile(cached).catch(() => null);
  if (!body) {
    // fontconfig must know the site's faces before sharp first loads.
    fonts ??= loadSiteFonts();
    await fonts;
    body = await ogImage(article, locale);
    await mkdir(ogImageDir(), { recursive: true });
    const temporary = `${cached}.${process.pid}`;
    await writeFile(temporary, body);
    await rename(temporary, cached);
  }
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
  });
}
