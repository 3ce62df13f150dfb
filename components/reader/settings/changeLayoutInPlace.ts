import { READER_SELECTOR } from '@/lib/browser/readerDom';

/**
 * What must stay put on screen when the page's layout changes under the reader (summaries
 * shown, another width, spacing or face): `control` while it is in view (the reader's pointer
 * or finger is on it), else the first Arabic paragraph still (partly) below the sticky bar:
 * the text being read.
 */
function readingAnchor(control: HTMLElement | null): HTMLElement | null {
  if (control) {
    const { top, bottom } = control.getBoundingClientRect();
    if (top >= 0 && bottom <= window.innerHeight) return control;
  }
  const items = document.querySelectorAll<HTMLElement>(READER_SELECTOR.paragraphs);
  return Array.from(items).find((item) => item.getBoundingClientRect().bottom > 80) ?? null;
}

/** Makes a change to the layout and scrolls so that what the reader was reading stays where it was. */
export function changeLayoutInPlace(change: () => void, control: HTMLElement | null = null) {
  const anchor = readingAnchor(control);
  const before = anchor?.getBoundingClientRect().top ?? 0;
  change();
  if (anchor) window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
}
