/** A count from the environment, or its default when unset or not a count. */
function countFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/**
 * How many of the newest articles `next build` prerenders (QARI_PRERENDER_ARTICLES, default
 * 1,000): the ones readers open most. Older ones render on their first request and are cached
 * from then on, so a build's time no longer grows with the whole archive.
 */
export const prerenderedArticleCount = () => countFromEnv('QARI_PRERENDER_ARTICLES', 1000);

/**
 * How many pages of each list `next build` prerenders (QARI_PRERENDER_LIST_PAGES, default 50,
 * i.e. its newest 1,000 articles, the same reach as the articles). Deeper archive pages render
 * on their first request: at 20,000 articles they are 6,000 pages nobody opens right after a build.
 */
export const prerenderedListPageCount = () => countFromEnv('QARI_PRERENDER_LIST_PAGES', 50);
