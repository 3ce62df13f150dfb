/** Addresses of the library's pages, without the locale prefix (i18n/navigation adds it). */
export const libraryHref = (page = 1) => (page === 1 ? '/' : `/page/${page}`);
export const topicHref = (topic: string, page = 1) =>
  page === 1 ? `/topics/${topic}` : `/topics/${topic}/page/${page}`;
export const articleHref = (slug: string) => `/articles/${slug}`;
export const feedHref = (topic?: string) => (topic ? `/topics/${topic}/feed.xml` : '/feed.xml');
/** The page the service worker shows offline for a page this device has not saved. */
export const OFFLINE_PATH = '/offline';
/** The reader's own highlights and notes, kept on the device (app/[locale]/highlights). */
export const HIGHLIGHTS_PATH = '/highlights';
/** An article's history: every kept version; and the differences between two of them. */
export const historyHref = (slug: string) => `/articles/${slug}/history`;
export const compareHref = (slug: string, from: number, to: number) => `${historyHref(slug)}/${from}/${to}`;
