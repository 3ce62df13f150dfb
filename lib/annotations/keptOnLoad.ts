import type { Kept } from './storeLayout';

// A returning reader's highlights are read from IndexedDB while the page loads: the head's inline
// script (lib/browser/readerPreferences.ts) starts the read, so it is done, or nearly, when the
// early drawing (earlyDrawing.ts) wants it after the page's scripts have run.

export interface KeptOnLoad {
  slug: string;
  rows: Kept[];
}
/** Where the head's script leaves the read: absent on other pages. */
export type WithKeptOnLoad = Window & { qariKept?: Promise<KeptOnLoad | null> };

/**
 * Runs inline in the head, so it is whole in itself (no imports, no closures): on an article's
 * own page, reads the annotations kept on it. Opened without a version, a database that does not
 * exist would be created: its creation is aborted instead, so a reader who keeps nothing is left
 * with nothing. Any failure (private modes, an older database) resolves null: the panel reads later.
 */
export function readKeptOnLoad(database: string, annotations: string, bySlug: string, articlePath: string) {
  const path = location.pathname;
  const at = path.indexOf(articlePath);
  // The article's own page only: not its history, which shows other versions of its words.
  const segment = path.slice(at + articlePath.length);
  if (at < 0 || !segment || segment.includes('/') || !('indexedDB' in window)) return;
  (window as WithKeptOnLoad).qariKept = new Promise((resolve) => {
    try {
      const slug = decodeURIComponent(segment);
      const request = indexedDB.open(database);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const opened = request.result;
        const done = (found: KeptOnLoad | null) => {
          opened.close();
          resolve(found);
        };
        try {
          const read = opened.transaction(annotations).objectStore(annotations).index(bySlug).getAll(slug);
          read.onsuccess = () => done({ slug, rows: read.result as Kept[] });
          read.onerror = () => done(null);
        } catch {
          done(null);
        }
      };
    } catch {
      resolve(null);
    }
  });
}
