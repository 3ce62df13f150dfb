// Where the e2e flows build and serve: their own directory, with the fixture articles and a
// generated library (E2E_LIBRARY, written by scripts/test/run.mjs before the build) beside the real
// ones, and a local origin. Read by scripts/test/run.mjs and playwright.config.ts.
export const E2E_PORT = Number(process.env.PORT ?? 3210);

/** Synthetic articles in the e2e library: three library pages, topics over two pages. */
export const E2E_LIBRARY = { dir: '.e2e-library', count: 45 };

export const E2E_BUILD_ENV = {
  QARI_DIST_DIR: '.next-test',
  QARI_EXTRA_CONTENT_DIR: `e2e/fixtures/content:${E2E_LIBRARY.dir}`,
  SITE_URL: `http://127.0.0.1:${E2E_PORT}`,
  // The newest 20 are prerendered; the older ones render on their first request, as a large
  // library's archive does, so every flow also covers pages made after the build.
  QARI_PRERENDER_ARTICLES: '20',
  // The first two pages of each list are prerendered; library page 3 renders on its first request.
  QARI_PRERENDER_LIST_PAGES: '2',
  // Search in shards of 20 articles, so every search merges several, as a large library's does.
  QARI_SEARCH_SHARD_SIZE: '20',
};
