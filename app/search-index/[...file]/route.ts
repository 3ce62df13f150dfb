import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { content } from '@/lib/content/source/contentSource';
import { PAGE_CACHE_HEADERS } from '@/lib/http/pageCacheHeaders.mjs';
import { recentIndexDir, searchIndexDir } from '@/lib/search/searchIndexDir';
import { currentRecentManifest } from '@/lib/search/recentIndex';
import { RECENT_MANIFEST, RECENT_PREFIX, TEXT_FILE } from '@/lib/search/searchIndexUrls';
import { bestSection } from '@/lib/search/bestSection';
import { hitQuery } from '@/lib/search/hitQuery';

const SAFE_PART = /^[A-Za-z0-9_.-]+$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The section of each article a query's hits open at, as readers see it now: the snippets are
 * cut from them. `text.json?slugs=<a,b,…>&q=<the query>`: the server picks each section, so a hit
 * costs one section's text, not the article's, and all hits one round trip. An unknown slug
 * gets null in its place. Bounded by lib/search/hitQuery.ts: each slug and word once, capped.
 */
function hitSections(request: Request) {
  const { slugs, terms } = hitQuery(new URL(request.url).searchParams);
  const answers = new Map<string, ReturnType<typeof bestSection> | null>();
  const sections = slugs.map((slug) => {
    if (!slug) return null;
    if (!answers.has(slug)) {
      const article = content().getArticle(slug);
      answers.set(slug, article ? bestSection(article, terms) : null);
    }
    return answers.get(slug)!;
  });
  // As pages: a correction shows through an edge within seconds.
  return Response.json(sections, { headers: PAGE_CACHE_HEADERS });
}

/**
 * The search index's files: the build's base index (lib/search/searchIndexDir.ts), and under
 * `recent/` the small index a publish rebuilds, named by the manifest `recent.json`. Chunks are
 * named by content hash and kept forever; the entry files and the manifest change. Under
 * `text.json`, the sections hits open at, read from the content as it is now.
 */
export async function GET(request: Request, { params }: RouteContext<'/search-index/[...file]'>) {
  const { file } = await params;
  if (!file.every((part) => SAFE_PART.test(part) && part !== '..' && part !== '.')) {
    return new Response('Not Found', { status: 404 });
  }
  const name = file.join('/');
  if (name === RECENT_MANIFEST) {
    // Asked once per search session, and must follow a publish at once.
    return new Response(JSON.stringify(await currentRecentManifest()), {
      headers: { 'Content-Type': TYPES['.json']!, 'Cache-Control': 'no-store' },
    });
  }
  const [first, ...rest] = file;
  if (name === TEXT_FILE) return hitSections(request);
  const target = first === RECENT_PREFIX ? path.join(recentIndexDir(), ...rest) : path.join(searchIndexDir(), ...file);
  // A recent index another server's manifest named, that this server has not written yet.
  const body =
    (await readFile(target).catch(() => null)) ??
    (first === RECENT_PREFIX ? await currentRecentManifest().then(() => readFile(target).catch(() => null)) : null);
  if (!body) return new Response('Not Found', { status: 404 });
  // A recent index's folder is new with every publish, so all of its files can be kept.
  const immutable = /_[0-9a-f]{6,}\.pf_/.test(name) || first === RECENT_PREFIX;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, s-maxage=3600',
    },
  });
}
