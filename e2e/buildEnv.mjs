// Where the e2e flows build and serve: their own directory, with the fixture articles and a
// generated library (E2E_LIBRARY, written by scripts/test/run.mjs before the build) beside the real
// ones, and a local origin. Read by scripts/test/run.mjs and playwright.config.ts.
export const E2E_PORT = Number(process.env.PORT ?? 3210);

/** Synthetic articles in the e2e library: three library pages, topics over two pages. */
export const E2E_LIBRARY = { dir: '.e2e-library', count: 45 };

/**
 * The public origin the e2e build is made for. Not where its servers listen: a deployment's
 * servers sit behind an edge at another address, and are started without SITE_URL (the README's
 * deployment), so every page must name the build's origin however late it was rendered.
 */
const SITE_URL = 'https://qari.example';

export const E2E_BUILD_ENV = {
  QARI_DIST_DIR: '.next-test',
  QARI_EXTRA_CONTENT_DIR: `e2e/fixtures/content:${E2E_LIBRARY.dir}`,
  SITE_URL,
  // The newest 20 are prerendered; the older ones render on their first request, as a large
  // library's archive does, so every flow also covers pages made after the build.
  QARI_PRERENDER_ARTICLES: '20',
  // The first two pages of each list are prerendered; library page 3 renders on its first request.
  QARI_PRERENDER_LIST_PAGES: '2',
  // Search in shards of 20 articles, so every search merges several, as a large library's does.
  QARI_SEARCH_SHARD_SIZE: '20',
};

/** What the e2e servers are started with: the build's settings, without SITE_URL, as deployed. */
export const E2E_SERVER_ENV = Object.fromEntries(Object.entries(E2E_BUILD_ENV).filter(([key]) => key !== 'SITE_URL'));

/** This process's environment for a server it starts: E2E_SERVER_ENV, and no SITE_URL inherited. */
export function serverEnv() {
  const env = { ...process.env, ...E2E_SERVER_ENV };
  delete env.SITE_URL;
  return env;
}

/**
 * The origin the pages under test name: the e2e build's, or a deployed copy's (SITE_URL if the
 * site is tested at another address than its public one, else BASE_URL's origin).
 */
export const SITE_ORIGIN = process.env.BASE_URL
  ? new URL(process.env.SITE_URL || process.env.BASE_URL).origin
  : SITE_URL;
