import 'client-only';
import { openDB, type DBSchema } from 'idb';
import type { Annotation } from './annotation';
import { inOrderMade, mayHoldHighlights, STORE, type Kept } from './storeLayout';

// The reader's highlights and notes, on this device only (IndexedDB): nothing is sent anywhere.

interface Schema extends DBSchema {
  annotations: { key: string; value: Kept; indexes: { bySlug: string } };
}
const kept = (annotation: Annotation): Kept => ({
  id: annotation.id,
  slug: annotation.target['qari:slug'],
  annotation,
});

let database: ReturnType<typeof openDB<Schema>> | null = null;
const db = () =>
  (database ??= openDB<Schema>(STORE.database, STORE.version, {
    upgrade(created) {
      created.createObjectStore(STORE.annotations, { keyPath: 'id' }).createIndex(STORE.bySlug, 'slug');
    },
  }));

/** Every annotation kept, newest first. Asking creates nothing: a device without the database keeps none. */
export async function allAnnotations(): Promise<Annotation[]> {
  if (!database && !(await mayHoldHighlights())) return [];
  const all = (await (await db()).getAll('annotations')).map((row) => row.annotation);
  return all.sort((a, b) => b.created.localeCompare(a.created));
}

/** An article's annotations, in the order they were made. */
export async function annotationsOf(slug: string): Promise<Annotation[]> {
  return inOrderMade(await (await db()).getAllFromIndex('annotations', 'bySlug', slug));
}

export async function keepAnnotation(annotation: Annotation) {
  await (await db()).put('annotations', kept(annotation));
  announceChange();
}

export async function deleteAnnotation(id: string) {
  await (await db()).delete('annotations', id);
  announceChange();
}

export async function deleteAll() {
  await (await db()).clear('annotations');
  announceChange();
}

/**
 * Adds what a file held, in one transaction: an annotation already kept stays as it is unless
 * the file's copy was changed later. Returns how many were added or updated.
 */
export async function importAnnotations(incoming: readonly Annotation[]): Promise<number> {
  const tx = (await db()).transaction('annotations', 'readwrite');
  let changed = 0;
  for (const annotation of incoming) {
    const old = (await tx.store.get(annotation.id))?.annotation;
    if (old && old.modified >= annotation.modified) continue;
    await tx.store.put(kept(annotation));
    changed++;
  }
  await tx.done;
  announceChange();
  return changed;
}

// Other tabs (and this page's other islands) redraw when the kept annotations change.
const CHANNEL = 'qari:annotations';
let others: BroadcastChannel | null = null;
const announceChange = () => {
  window.dispatchEvent(new Event(CHANNEL));
  (others ??= new BroadcastChannel(CHANNEL)).postMessage('changed');
};

/** Calls `onChange` whenever annotations are kept, changed or deleted, here or in another tab. */
export function onAnnotationsChange(onChange: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = onChange;
  window.addEventListener(CHANNEL, onChange);
  return () => {
    channel.close();
    window.removeEventListener(CHANNEL, onChange);
  };
}
