import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_SCRIPT } from '../browser/readerPreferences';
import type { KeptOnLoad } from './keptOnLoad';

// The head's read of a returning reader's highlights, run as the browser runs it (the whole
// inline script) against a stand-in IndexedDB that records what it was asked.

type Handlers = Record<string, (() => void) | undefined>;
interface StandIn {
  /** The databases the device holds: name → slug → rows. */
  held: Record<string, Record<string, unknown[]>>;
  asked: string[];
}

function standInIndexedDb(device: StandIn) {
  const later = (run: () => void) => queueMicrotask(run);
  return {
    open(name: string) {
      device.asked.push(`open ${name}`);
      const request: Handlers & { result?: unknown; transaction?: { abort(): void } } = {};
      later(() => {
        const database = device.held[name];
        if (!database) {
          request.transaction = { abort: () => device.asked.push('creation aborted') };
          request.onupgradeneeded?.();
          return request.onerror?.();
        }
        request.result = {
          close: () => device.asked.push('closed'),
          transaction: (store: string) => ({
            objectStore: () => ({
              index: (index: string) => ({
                getAll(slug: string) {
                  device.asked.push(`read ${store}/${index}/${slug}`);
                  const read: Handlers & { result?: unknown } = {};
                  later(() => {
                    read.result = database[slug] ?? [];
                    read.onsuccess?.();
                  });
                  return read;
                },
              }),
            }),
          }),
        };
        request.onsuccess?.();
      });
      return request;
    },
  };
}

async function loadPage(pathname: string, held: StandIn['held'] = {}) {
  const device: StandIn = { held, asked: [] };
  const window: { qariKept?: Promise<KeptOnLoad | null>; indexedDB?: unknown } = {};
  window.indexedDB = standInIndexedDb(device);
  runInNewContext(PREFERENCES_SCRIPT, {
    document: { documentElement: { dataset: {}, classList: { add() {} } } },
    localStorage: { getItem: () => null },
    location: { search: '', pathname },
    URLSearchParams,
    window,
    indexedDB: window.indexedDB,
  });
  return { kept: window.qariKept ? await window.qariKept : undefined, asked: device.asked };
}

describe('the head script reads the highlights kept on the article being loaded', () => {
  const row = { id: 'a', slug: 'nato', annotation: {} };

  it('reads the article’s own, by the slug in the address, and closes the database', async () => {
    const page = await loadPage('/en/articles/nato', { qari: { nato: [row], other: [{ ...row, id: 'b' }] } });
    expect(page.kept).toEqual({ slug: 'nato', rows: [row] });
    expect(page.asked).toEqual(['open qari', 'read annotations/bySlug/nato', 'closed']);
  });

  it('leaves a reader who keeps nothing with nothing: the database’s creation is aborted', async () => {
    const page = await loadPage('/ar/articles/nato');
    expect(page.kept).toBeNull();
    expect(page.asked).toEqual(['open qari', 'creation aborted']);
  });

  it('asks nothing on other pages (an article’s history too), and gives up on an address it cannot read', async () => {
    expect(await loadPage('/ar/page/2', { qari: { nato: [row] } })).toEqual({ kept: undefined, asked: [] });
    expect(await loadPage('/ar/articles/nato/history', { qari: { nato: [row] } })).toEqual({
      kept: undefined,
      asked: [],
    });
    expect((await loadPage('/ar/articles/%E0%A4%A', { qari: { nato: [row] } })).kept).toBeNull();
  });
});
