import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getArticle } from '@/lib/content/loadArticles';
import { recentIndexDir, searchIndexDir } from '@/lib/search/searchIndexDir';
import { RECENT_MANIFEST, RECENT_PREFIX, TEXT_PREFIX, type RecentManifest } from '@/lib/search/searchIndexUrls';
import { sectionTexts } from '@/lib/search/searchRecords';

const SAFE_PART = /^[A-Za-z0-9_.-]+$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};
const NOTHING_RECENT: RecentManifest = { index: null, superseded: [] };

/** An article's sections as readers see them now: the texts a hit's snippet is cut from. */
function articleTexts(file: string) {
  const article = file.endsWith('.json') ? getArticle(file.slice(0, -'.json'.length)) : null;
  if (!article) return new Response('Not Found', { status: 404 });
  return Response.json(sectionTexts(article), {
    // As pages: a correction shows through an edge within seconds.
    headers: {
      'Cache-Control': 'public, max-age=0, s-maxage=5',
      'CDN-Cache-Control': 'max-age=5, stale-while-revalidate=86400, stale-if-error=86400',
    },
  });
}

/**
 * The search index's files: the build's base index (lib/search/searchIndexDir.ts), and under
 * `recent/` the small index a publish rebuilds, named by the manifest `recent.json`. Chunks are
 * named by content hash and kept forever; the entry files and the manifest change. Under
 * `text/`, each article's texts, read from the content as it is now.
 */
export async function GET(_request: Request, { params }: RouteContext<'/search-index/[...file]'>) {
  const { file } = await params;
  if (!file.every((part) => SAFE_PART.test(part) && part !== '..' && part !== '.')) {
    return new Response('Not Found', { status: 404 });
  }
  const name = file.join('/');
  if (name === RECENT_MANIFEST) {
    const manifest = await readFile(path.join(recentIndexDir(), RECENT_MANIFEST), 'utf8').catch(() =>
      JSON.stringify(NOTHING_RECENT),
    );
    // Asked once per search session, and must follow a publish at once.
    return new Response(manifest, { headers: { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store' } });
  }
  const [first, ...rest] = file;
  if (first === TEXT_PREFIX && rest.length === 1) return articleTexts(rest[0]!);
  const target = first === RECENT_PREFIX ? path.join(recentIndexDir(), ...rest) : path.join(searchIndexDir(), ...file);
  let body: Buffer;
  try {
    body = await readFile(target);
  } catch {
    return new Response('Not Found', { status: 404 });
  }
  // A recent index's folder is new with every publish, so all of its files can be kept.
  const immutable = /_[0-9a-f]{6,}\.pf_/.test(name) || first === RECENT_PREFIX;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, s-maxage=3600',
    },
  });
}
