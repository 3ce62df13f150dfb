import path from 'node:path';

/**
 * Where a build keeps its search index: inside its own build directory, so the e2e and bench
 * builds (which add other articles) never replace the index of the build `npm start` serves.
 */
export function searchIndexDir(): string {
  return path.join(process.cwd(), process.env.QARI_DIST_DIR || '.next', 'search-index');
}

/** The address the index is served at (app/search-index/[...file]/route.ts). */
export const SEARCH_INDEX_URL = '/search-index/';
