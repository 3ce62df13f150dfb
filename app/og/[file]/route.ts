import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { content } from '@/lib/content/source/contentSource';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import { loadSiteFonts, ogImage } from '@/lib/og/ogImage';
import { ogImageDir, parseOgImageFile } from '@/lib/og/ogImagePaths';
import { sharedByKey } from '@/lib/work/sharedByKey';
import { writeFileAtomic } from '@/lib/work/writeFileAtomic';

let fonts: Promise<void> | null = null;

/**
 * The image kept at `cached`, drawn first if no server drew it yet. Concurrent first requests
 * (every preview crawler of a chat group arrives at once) wait for one drawing, and the file is
 * written under a temporary name of its own, then renamed: they all get the same bytes.
 */
type Card = { cached: string; article: ArticleEntry; locale: 'ar' | 'en' };
const imageAt = sharedByKey(
  ({ cached }: Card) => cached,
  async ({ cached, article, locale }: Card) => {
    const known = await readFile(cached).catch(() => null);
    if (known) return known;
    // fontconfig must know the site's faces before sharp first loads.
    fonts ??= loadSiteFonts();
    await fonts;
    const body = await ogImage(article, locale);
    await mkdir(ogImageDir(), { recursive: true });
    await writeFileAtomic(cached, body);
    return body;
  },
);

/**
 * An article's Open Graph image, drawn on its first request (lib/og/ogImage.ts) and kept in the
 * build directory under a name made from what it shows: a corrected headline draws a new one.
 */
export async function GET(_request: Request, { params }: RouteContext<'/og/[file]'>) {
  const { file } = await params;
  const asked = parseOgImageFile(file);
  const article = asked ? content().getEntry(asked.slug) : null;
  if (!asked || !article) return new Response('Not Found', { status: 404 });
  const { locale } = asked;
  const shown = createHash('sha256')
    .update(JSON.stringify([article.headline, article.author, locale]))
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(ogImageDir(), `${asked.slug}.${locale}.${shown}.png`);
  const body = await imageAt({ cached, article, locale });
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
  });
}
