import 'client-only';
import { READER_CLASS } from '../browser/readerDom';
import type { Placed } from './drawHighlights';
import type { WithKeptOnLoad } from './keptOnLoad';
import { inOrderMade } from './storeLayout';

// A returning reader's highlights, drawn as soon as the page's scripts have run rather than once
// React has hydrated the page (40–200 ms after the load event on this machine). The head's script
// has read them while the page loaded (keptOnLoad.ts); this, started by instrumentation-client.ts
// (which Next runs before hydration), loads the drawing's code only when there is something to
// draw, and draws. The annotations panel takes over what it drew.

const parsed = () =>
  new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });

export interface EarlyDrawing {
  /**
   * What was drawn for `slug`, handed over once: null when it was for another article, or when
   * the text's nodes changed since (tashkeel hidden, terms marked), so its ranges no longer hold.
   */
  take(slug: string): Promise<Placed[] | null>;
}

function drawEarly(read: NonNullable<WithKeptOnLoad['qariKept']>): EarlyDrawing {
  let changed = false;
  const observer = new MutationObserver(() => (changed = true));
  const code = read.then((kept) => (kept?.rows.length ? import('./drawHighlights') : null));
  // For the article the page's address names (the head's script read its slug from it).
  const drawing = Promise.all([read, code, parsed()])
    .then(async ([kept, loaded]) => {
      if (!kept || !loaded) return null;
      const body = document.querySelector(`.${READER_CLASS.body}`);
      if (body) observer.observe(body, { subtree: true, childList: true, characterData: true });
      return { slug: kept.slug, placed: await loaded.drawHighlights(inOrderMade(kept.rows)) };
    })
    .catch(() => null); // the code could not load (offline, a new build): the panel draws instead
  let taken = false;
  return {
    async take(slug) {
      const drawn = taken ? null : await drawing;
      taken = true;
      observer.disconnect();
      return drawn && drawn.slug === slug && !changed ? drawn.placed : null;
    },
  };
}

let started: EarlyDrawing | null = null;

/** Draws what the head's script read, if it read anything (once per document). */
export function startEarlyDrawing() {
  const read = (window as WithKeptOnLoad).qariKept;
  if (read) started ??= drawEarly(read);
}

/** The drawing started before hydration; null on a page where none was started. */
export const earlyDrawing = () => started;
