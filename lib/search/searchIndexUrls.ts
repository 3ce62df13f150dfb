/** The address the search index is served at (app/search-index/[...file]/route.ts). */
export const SEARCH_INDEX_URL = '/search-index/';
/** Under it, the recent index a publish rebuilds, and the manifest that names it. */
export const RECENT_PREFIX = 'recent';
export const RECENT_MANIFEST = 'recent.json';

/** What the browser learns from the manifest before its first query. */
export interface RecentManifest {
  /** The address of the recent index to merge, or null when nothing changed since the build. */
  index: string | null;
  /** Articles whose base-index records are out of date (corrected, or no longer published). */
  superseded: string[];
}
