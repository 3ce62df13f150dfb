import path from 'node:path';

// turbopackIgnore: a folder named at run time must not make the build trace the whole project.
const distDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.QARI_DIST_DIR || '.next');

/**
 * Where a build keeps its search index: inside its own build directory, so the e2e and bench
 * builds (which add other articles) never replace the index of the build `npm start` serves.
 */
export function searchIndexDir(): string {
  return path.join(distDir(), 'search-index');
}

/** Where a running server keeps the small indexes of what was published since the build. */
export function recentIndexDir(): string {
  return path.join(distDir(), 'search-recent');
}

/** Beside the base index: each article's content hash when it was indexed. */
export const BASE_HASHES_FILE = 'hashes.json';
