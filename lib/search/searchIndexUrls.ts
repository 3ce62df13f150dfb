/** The address the search index is served at (app/search-index/[...file]/route.ts). */
export const SEARCH_INDEX_URL = '/search-index/';
/** The build's shards of the base index, newest articles first (scripts/build/searchIndex.ts). */
export const SHARDS_MANIFEST = 'shards.json';
/** Under it, the recent index a publish rebuilds, and the manifest that names it. */
export const RECENT_PREFIX = 'recent';
export const RECENT_MANIFEST = 'recent.json';
/**
 * `text.json?slugs=<a,b,…>&q=<query>`: the section each hit opens at, as readers see it, in one
 * answer. A name with an extension, as the proxy leaves those alone (no locale redirect).
 */
export const TEXT_FILE = 'text.json';

export interface ShardsManifest {
  /** The addresses of the base index's shards: the first is Pagefind's primary index. */
  shards: string[];
}

/** What the browser learns from the manifest before its first query. */
export interface RecentManifest {
  /** The address of the recent index to merge, or null when nothing changed since the build. */
  index: string | null;
  /** Articles whose base-index records are out of date (corrected, or no longer published). */
  superseded: string[];
}
