import { READER_SELECTOR } from '../browser/readerDom';
import { ARABIC_TEXT_SELECTOR, TASHKEEL, writtenOffset } from './tashkeel';

/**
 * Hides the tashkeel of every element ARABIC_TEXT_SELECTOR names, each keeping its text as
 * written in `data-written`. Self-contained (its pattern comes as an argument): the head script
 * inlines it as source text, to run it before the article is first painted.
 */
export function hideTashkeel(selector: string, pattern: string) {
  const marks = new RegExp(pattern, 'g');
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (element.dataset.written !== undefined) continue;
    element.dataset.written = element.textContent ?? '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      (node as Text).data = (node as Text).data.replace(marks, '');
    }
  }
}

/**
 * Runs in <head> when the reader hides tashkeel: the article's Arabic stays invisible (CSS,
 * `html.tashkeel-pending`) until the document is parsed, then shows without its marks. So the
 * marks never flash, and React keeps the shown text (the elements suppress its text check).
 */
export function hideTashkeelOnLoad(selector: string, pattern: string, hide: typeof hideTashkeel) {
  const root = document.documentElement;
  root.classList.add('tashkeel-pending');
  document.addEventListener('DOMContentLoaded', () => {
    hide(selector, pattern);
    root.classList.remove('tashkeel-pending');
  });
}

/** Shows or hides the tashkeel of the article on this page (the reading setting changed). */
export function showTashkeel(on: boolean) {
  if (!on) return hideTashkeel(ARABIC_TEXT_SELECTOR, TASHKEEL.source);
  for (const element of document.querySelectorAll<HTMLElement>(ARABIC_TEXT_SELECTOR)) {
    const written = element.dataset.written;
    if (written === undefined) continue;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let shown = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const from = writtenOffset(written, shown);
      shown += node.data.length;
      node.data = written.slice(from, writtenOffset(written, shown));
    }
    delete element.dataset.written;
  }
}

/** An element's text as written, whether or not its tashkeel is shown. */
export const writtenText = (element: Element) => (element as HTMLElement).dataset?.written ?? element.textContent ?? '';

/**
 * The selected text as written: each Arabic block of the selection with its tashkeel, whatever
 * is shown; other blocks (the English summaries) as selected. Blocks are separated by a blank line.
 */
export function writtenSelection(selection: Selection): string {
  if (!selection.rangeCount) return '';
  const range = selection.getRangeAt(0);
  const blocks = document.querySelectorAll<HTMLElement>(
    `${ARABIC_TEXT_SELECTOR}, ${READER_SELECTOR.summaryParagraphs}`,
  );
  const parts: string[] = [];
  for (const block of blocks) {
    if (!range.intersectsNode(block)) continue;
    const part = document.createRange();
    part.selectNodeContents(block);
    if (part.compareBoundaryPoints(Range.START_TO_START, range) < 0)
      part.setStart(range.startContainer, range.startOffset);
    if (part.compareBoundaryPoints(Range.END_TO_END, range) > 0) part.setEnd(range.endContainer, range.endOffset);
    const written = block.dataset.written;
    if (written === undefined) {
      parts.push(part.toString());
      continue;
    }
    // Where the selected part starts and ends in the shown text of its block.
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(part.startContainer, part.startOffset);
    const start = before.toString().length;
    parts.push(written.slice(writtenOffset(written, start), writtenOffset(written, start + part.toString().length)));
  }
  return parts.length ? parts.join('\n\n') : selection.toString();
}
