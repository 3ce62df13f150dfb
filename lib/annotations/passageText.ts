import 'client-only';
import { READER_SELECTOR } from '../browser/readerDom';
import { withoutTashkeel, writtenOffset } from '../tashkeel/tashkeel';
import { writtenText } from '../tashkeel/tashkeelView';
import type { TextPosition } from './anchor';

// The text a highlight is anchored in: one part of one section, the Arabic paragraphs or the
// English summary's lines, as written (tashkeel included, whatever the reader shows), blocks
// joined by a blank line. Offsets in it are what an annotation keeps; ranges in the page are
// drawn from them.

export type Part = 'text' | 'summary';
const SEPARATOR = '\n\n';

/** The blocks of a section's part, in order. */
export function blocksOf(section: Element, part: Part): HTMLElement[] {
  const selector = part === 'text' ? READER_SELECTOR.paragraph : READER_SELECTOR.englishSummaryLines;
  return [...section.querySelectorAll<HTMLElement>(selector)];
}

export const partText = (blocks: readonly HTMLElement[]) => blocks.map(writtenText).join(SEPARATOR);

/** How many characters are shown of `written` before its `offset` (tashkeel hidden: letters only). */
const shownLength = (block: HTMLElement, offset: number) => {
  const written = block.dataset.written;
  return written === undefined ? offset : withoutTashkeel(written.slice(0, offset)).length;
};

/** Where `range` starts and ends in the part's written text (`text`), or null when it touches none of its blocks. */
export function offsetsIn(range: Range, blocks: readonly HTMLElement[], text = partText(blocks)): TextPosition | null {
  let base = 0;
  let start: number | null = null;
  let end = 0;
  for (const block of blocks) {
    const length = writtenText(block).length;
    if (range.intersectsNode(block)) {
      const before = document.createRange();
      before.setStart(block, 0);
      const within = (node: Node, offset: number, edge: 'start' | 'end') => {
        if (block.contains(node)) {
          before.setEnd(node, offset);
          const shown = before.toString().length;
          const written = block.dataset.written;
          return written === undefined ? shown : writtenOffset(written, shown);
        }
        return edge === 'start' ? 0 : length;
      };
      start ??= base + within(range.startContainer, range.startOffset, 'start');
      end = base + within(range.endContainer, range.endOffset, 'end');
    }
    base += length + SEPARATOR.length;
  }
  if (start === null) return null;
  // Without the spaces a selection often takes at its edges.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The page's ranges for `position` in the part (one for each block it touches), as the text is shown now. */
export function rangesFor(blocks: readonly HTMLElement[], position: TextPosition): Range[] {
  const ranges: Range[] = [];
  let base = 0;
  for (const block of blocks) {
    const length = writtenText(block).length;
    const from = Math.max(position.start, base) - base;
    const to = Math.min(position.end, base + length) - base;
    if (from < to) {
      const range = document.createRange();
      const points = [shownLength(block, from), shownLength(block, to)];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let seen = 0;
      let set = 0;
      for (let node = walker.nextNode() as Text | null; node && set < 2; node = walker.nextNode() as Text | null) {
        while (set < 2 && points[set]! <= seen + node.length) {
          if (set === 0) range.setStart(node, points[0]! - seen);
          else range.setEnd(node, points[1]! - seen);
          set++;
        }
        seen += node.length;
      }
      if (set === 2) ranges.push(range);
    }
    base += length + SEPARATOR.length;
  }
  return ranges;
}
