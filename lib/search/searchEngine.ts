import 'client-only';
import { normalizeForSearch } from './normalize';
import {
  RECENT_MANIFEST,
  SEARCH_INDEX_URL,
  SHARDS_MANIFEST,
  TEXT_FILE,
  type RecentManifest,
  type ShardsManifest,
} from './searchIndexUrls';
import type { ArticleMeta, SectionText } from './searchRecords';
import { snippet, type SnippetPart } from './snippet';

/** One Pagefind instance, as much of its browser API as Qari uses. */
interface Pagefind {
  /** Starts loading the index's entry, metadata and WebAssembly. */
  init(): Promise<void>;
  /** Adds another index (a later shard, the recent one a publish rebuilt): one query searches all. */
  mergeIndex(url: string): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

/** What Pagefind keeps of a hit. */
interface PagefindData {
  meta: ArticleMeta;
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker: boolean }): Pagefind;
}

/** What a hit shows: its article, the section that matched best, and where it leads. */
export interface HitMeta extends Omit<SectionText, 'id'> {
  title: string;
  title_en: string;
  /** `/articles/<slug>#<section>`, without the locale. */
  path: string;
}

export interface SearchHit {
  meta: HitMeta;
  /** Cut from the Arabic text, or from the English summary when only that matched. */
  snippet: SnippetPart[];
  lang: 'ar' | 'en';
}

export interface SearchAnswer {
  total: number;
  hits: SearchHit[];
  /** True while the older shards are still being searched: more hits may come. */
  partial: boolean;
}

interface Manifests {
  pagefind: PagefindModule;
  shards: string[];
  recent: RecentManifest;
}

let loading: Promise<Manifests> | null = null;
let newest: Promise<Pagefind> | null = null;
let archive: Promise<Pagefind | null> | null = null;

async function manifest<T>(name: string, fallback: T, init?: RequestInit): Promise<T> {
  const response = await fetch(`${SEARCH_INDEX_URL}${name}`, init);
  return response.ok ? ((await response.json()) as T) : fallback;
}

/** Pagefind's script and what the manifests say to search, once, on first use. */
function manifests(): Promise<Manifests> {
  loading ??= (async () => {
    const [{ shards }, recent] = await Promise.all([
      manifest<ShardsManifest>(SHARDS_MANIFEST, { shards: [] }),
      manifest<RecentManifest>(RECENT_MANIFEST, { index: null, superseded: [] }, { cache: 'no-store' }),
    ]);
    if (!shards[0]) throw new Error('no search index');
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ `${shards[0]}pagefind.js`
    )) as PagefindModule;
    return { pagefind, shards, recent };
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * An instance over the first shard and `merged` others. In the page, not a worker: the worker's
 * own script is one more round trip before the first answer. Merged indexes share the
 * primary's WebAssembly; each adds its metadata and, per query, the chunk its words are in.
 */
async function instance({ pagefind: bundle, shards }: Manifests, merged: string[]): Promise<Pagefind> {
  const pagefind = bundle.createInstance({ basePath: shards[0]!, baseUrl: '/', noWorker: true });
  await pagefind.init();
  await Promise.all(merged.map((url) => pagefind.mergeIndex(url)));
  return pagefind;
}

/**
 * Two instances, so a large library answers fast: the newest shard (and what was published
 * since the build) answers first, with a few KiB of metadata; the whole archive, whose metadata
 * grows with every article (8 bytes each), answers next and its hits replace the first ones.
 */
function newestInstance(): Promise<Pagefind> {
  newest ??= manifests().then((loaded) => instance(loaded, loaded.recent.index ? [loaded.recent.index] : []));
  newest.catch(() => (newest = null));
  return newest;
}

function archiveInstance(): Promise<Pagefind | null> {
  archive ??= manifests().then(async (loaded) => {
    if (loaded.shards.length < 2) return null;
    // After the newest instance, so the WebAssembly and first shard come from the HTTP cache.
    await newestInstance();
    return instance(loaded, [...loaded.shards.slice(1), ...(loaded.recent.index ? [loaded.recent.index] : [])]);
  });
  archive.catch(() => (archive = null));
  return archive;
}

const slugOf = (path: string) => path.split('/').at(-1)!;

/** Starts loading the newest shard before the first keystroke lands (on focus). */
export function warmUp() {
  void newestInstance().catch(() => undefined);
}

/**
 * Hits at their best sections (chosen by the server, in one request), with each section's text
 * as readers see it; an article the server no longer has is left out.
 */
async function sectionHits(found: PagefindData[], terms: readonly string[]) {
  if (!found.length) return [];
  const slugs = encodeURIComponent(found.map(({ meta }) => slugOf(meta.path)).join(','));
  const query = encodeURIComponent(terms.join(' '));
  const response = await fetch(`${SEARCH_INDEX_URL}${TEXT_FILE}?slugs=${slugs}&q=${query}`);
  if (!response.ok) return [];
  const sections = (await response.json()) as ((SectionText & { matched: number }) | null)[];
  return found.flatMap(({ meta }, index) => {
    const section = sections[index];
    if (!section) return [];
    const { id, matched, ...text } = section;
    return [{ hit: { ...text, title: meta.title, title_en: meta.title_en, path: `${meta.path}#${id}` }, matched }];
  });
}

/** Up to `max` hits of one instance, each at its article's best section, and how many it found. */
async function answer(pagefind: Pagefind, terms: string[], superseded: ReadonlySet<string>, max: number) {
  const found = await pagefind.search(terms.join(' '));
  if (!found) return { total: 0, hits: [] };
  // The base index's copy of a corrected article is dropped: its recent copy is the one.
  const current = ({ meta }: PagefindData) => meta.recent === '1' || !superseded.has(slugOf(meta.path));
  const kept: PagefindData[] = [];
  let dropped = 0;
  for (let start = 0; kept.length < max && start < found.results.length; start += max) {
    const batch = await Promise.all(found.results.slice(start, start + max).map((result) => result.data()));
    kept.push(...batch.filter(current));
    dropped += batch.length - batch.filter(current).length;
  }
  // Pagefind also finds a word by its stem (الإبداع for الإبداعية): hits that have the words
  // as typed come first, in Pagefind's order otherwise.
  const ranked = (await sectionHits(kept.slice(0, max), terms)).sort((a, b) => b.matched - a.matched);
  const hits = ranked.map(({ hit: meta }): SearchHit => {
    const arabic = snippet(meta.ar, terms);
    if (arabic) return { meta, snippet: arabic, lang: 'ar' };
    const english = snippet(meta.en, terms);
    if (english) return { meta, snippet: english, lang: 'en' };
    // Matched in the headline, or by a word's stem: the start of the text.
    return { meta, snippet: [{ text: `${meta.ar.split(' ').slice(0, 18).join(' ')} …`, mark: false }], lang: 'ar' };
  });
  return { total: found.results.length - dropped, hits };
}

/**
 * The articles matching `query`, best first, each at its best section: at most `max` hits, and
 * how many there are. With a library of several shards, `onPartial` first gets the newest
 * shard's hits (when it has any); the promise gives the whole archive's.
 */
export async function searchSections(
  query: string,
  onPartial: (answer: SearchAnswer) => void = () => undefined,
  max = 8,
): Promise<SearchAnswer> {
  const normalized = normalizeForSearch(query);
  if (!normalized) return { total: 0, hits: [], partial: false };
  const terms = normalized.split(' ');
  const { recent, shards } = await manifests();
  const superseded = new Set(recent.superseded);
  const first = await answer(await newestInstance(), terms, superseded, max);
  if (shards.length < 2) return { ...first, partial: false };
  // Shown at once; the archive is loaded after this answer, so its bytes never delay it.
  if (first.hits.length) onPartial({ ...first, partial: true });
  const all = (await archiveInstance())!;
  return { ...(await answer(all, terms, superseded, max)), partial: false };
}
