import { normalizeForSearch } from './normalize';
import { SEARCH_INDEX_URL } from './searchIndexDir';
import type { SectionMeta } from './searchRecords';
import { snippet, type SnippetPart } from './snippet';

/** Pagefind's browser API, as much of it as Qari uses. */
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  /** Starts loading the index's entry, metadata and WebAssembly. */
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<{ meta: SectionMeta }> }[] } | null>;
}

export interface SearchHit {
  meta: SectionMeta;
  /** Cut from the Arabic text, or from the English summary when only that matched. */
  snippet: SnippetPart[];
  lang: 'ar' | 'en';
}

let loading: Promise<Pagefind> | null = null;

/** Loads Pagefind (its script, then the index as the query needs it), once, on first use. */
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${SEARCH_INDEX_URL}pagefind.js`;
    const engine = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
    // In the page, not a worker: the worker's own script is one more round trip before the
    // first answer, and a query over a few thousand sections takes milliseconds.
    await engine.options({ baseUrl: '/', noWorker: true });
    await engine.init();
    return engine;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** Starts loading the engine before the first keystroke lands (on focus). */
export function warmUp() {
  void pagefind().catch(() => undefined);
}

/** The sections matching `query`, best first: at most `max` hits, and how many there are. */
export async function searchSections(query: string, max = 8): Promise<{ total: number; hits: SearchHit[] }> {
  const normalized = normalizeForSearch(query);
  if (!normalized) return { total: 0, hits: [] };
  const terms = normalized.split(' ');
  const found = await (await pagefind()).search(normalized);
  if (!found) return { total: 0, hits: [] };
  const data = await Promise.all(found.results.slice(0, max).map((result) => result.data()));
  const hits = data.map(({ meta }): SearchHit => {
    const arabic = snippet(meta.ar, terms);
    if (arabic) return { meta, snippet: arabic, lang: 'ar' };
    const english = snippet(meta.en, terms);
    if (english) return { meta, snippet: english, lang: 'en' };
    // Matched in the headline or the section's heading: the start of the text.
    return { meta, snippet: [{ text: `${meta.ar.split(' ').slice(0, 18).join(' ')} …`, mark: false }], lang: 'ar' };
  });
  return { total: found.results.length, hits };
}
