import { normalizeForSearch } from './normalize';
import { RECENT_MANIFEST, SEARCH_INDEX_URL, type RecentManifest } from './searchIndexUrls';
import type { SectionMeta } from './searchRecords';
import { snippet, type SnippetPart } from './snippet';

/** Pagefind's browser API, as much of it as Qari uses. */
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  /** Starts loading the index's entry, metadata and WebAssembly. */
  init(): Promise<void>;
  /** Adds another index (the recent one a publish rebuilt): one query searches both. */
  mergeIndex(url: string): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<{ meta: SectionMeta }> }[] } | null>;
}

export interface SearchHit {
  meta: SectionMeta;
  /** Cut from the Arabic text, or from the English summary when only that matched. */
  snippet: SnippetPart[];
  lang: 'ar' | 'en';
}

interface Engine {
  pagefind: Pagefind;
  /** Articles whose base-index records a publish replaced: only their recent records count. */
  superseded: Set<string>;
}

let loading: Promise<Engine> | null = null;

async function recentManifest(): Promise<RecentManifest> {
  const response = await fetch(`${SEARCH_INDEX_URL}${RECENT_MANIFEST}`, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as RecentManifest) : { index: null, superseded: [] };
}

/** Loads Pagefind (its script, then the index as the query needs it), once, on first use. */
function engine(): Promise<Engine> {
  loading ??= (async () => {
    const url = `${SEARCH_INDEX_URL}pagefind.js`;
    const [pagefind, recent] = await Promise.all([
      import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>,
      recentManifest(),
    ]);
    // In the page, not a worker: the worker's own script is one more round trip before the
    // first answer, and a query over a few thousand sections takes milliseconds.
    await pagefind.options({ baseUrl: '/', noWorker: true });
    await pagefind.init();
    if (recent.index) await pagefind.mergeIndex(recent.index);
    return { pagefind, superseded: new Set(recent.superseded) };
  })();
  loading.catch(() => (loading = null));
  return loading;
}

const slugOf = (path: string) => path.split('#')[0]!.split('/').at(-1)!;

/** Starts loading the engine before the first keystroke lands (on focus). */
export function warmUp() {
  void engine().catch(() => undefined);
}

/** The sections matching `query`, best first: at most `max` hits, and how many there are. */
export async function searchSections(query: string, max = 8): Promise<{ total: number; hits: SearchHit[] }> {
  const normalized = normalizeForSearch(query);
  if (!normalized) return { total: 0, hits: [] };
  const terms = normalized.split(' ');
  const { pagefind, superseded } = await engine();
  const found = await pagefind.search(normalized);
  if (!found) return { total: 0, hits: [] };
  // The base index's copy of a corrected article is dropped: its recent copy is the one.
  const current = ({ meta }: { meta: SectionMeta }) => meta.recent === '1' || !superseded.has(slugOf(meta.path));
  const kept: { meta: SectionMeta }[] = [];
  let dropped = 0;
  for (let start = 0; kept.length < max && start < found.results.length; start += max) {
    const batch = await Promise.all(found.results.slice(start, start + max).map((result) => result.data()));
    kept.push(...batch.filter(current));
    dropped += batch.length - batch.filter(current).length;
  }
  const total = found.results.length - dropped;
  const hits = kept.slice(0, max).map(({ meta }): SearchHit => {
    const arabic = snippet(meta.ar, terms);
    if (arabic) return { meta, snippet: arabic, lang: 'ar' };
    const english = snippet(meta.en, terms);
    if (english) return { meta, snippet: english, lang: 'en' };
    // Matched in the headline or the section's heading: the start of the text.
    return { meta, snippet: [{ text: `${meta.ar.split(' ').slice(0, 18).join(' ')} …`, mark: false }], lang: 'ar' };
  });
  return { total, hits };
}
