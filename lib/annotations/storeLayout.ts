import type { Annotation } from './annotation';

// How the reader's annotations lie in IndexedDB: shared by the store (through `idb`) and by the
// early drawing, which reads them with the bare API before the store's code has loaded.

export const STORE = { database: 'qari', version: 1, annotations: 'annotations', bySlug: 'bySlug' } as const;

// Kept with the article's slug beside it: an index's key path must be plain names, and the
// annotation's is under `target['qari:slug']`.
export interface Kept {
  id: string;
  slug: string;
  annotation: Annotation;
}

/** An article's kept annotations, in the order they were made. */
export const inOrderMade = (rows: readonly Kept[]): Annotation[] =>
  rows.map((row) => row.annotation).sort((a, b) => a.created.localeCompare(b.created));

/**
 * Whether this device holds Qari's database. Opened without a version, a database that does not
 * exist would be created: its creation is aborted instead, so asking leaves nothing behind.
 * (`indexedDB.databases()` says it too, but took 300 ms in Chromium here.)
 */
export function mayHoldHighlights(): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open(STORE.database);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = () => resolve(false);
  });
}
