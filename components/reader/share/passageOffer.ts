import { READER_SELECTOR } from '@/lib/browser/readerDom';
import { passageHref } from '@/lib/browser/textFragment';
import { writtenSelection } from '@/lib/tashkeel/tashkeelView';
import { blocksOf, offsetsIn, partText, type Part } from '@/lib/annotations/passageText';
import { describeRange } from '@/lib/annotations/anchor';
import type { SelectedPassage } from '@/lib/annotations/annotateRequest';

/**
 * What the share offer needs of a selection: loaded on the reader's first selection (most
 * readers never select), while the selection settles.
 */
export interface Offer {
  href: string;
  top: number;
  left: number;
  /** What a highlight of the selection keeps; null when it spans the Arabic and a summary. */
  passage: SelectedPassage | null;
}

/** The selection's passage within one part of `section`, or null. */
function passageIn(section: HTMLElement, range: Range): SelectedPassage | null {
  const inSummary = (node: Node) =>
    !!(node instanceof Element ? node : node.parentElement)?.closest(READER_SELECTOR.summary);
  const part: Part = inSummary(range.startContainer) ? 'summary' : 'text';
  if (inSummary(range.endContainer) !== (part === 'summary')) return null;
  const blocks = blocksOf(section, part);
  const text = partText(blocks);
  const offsets = offsetsIn(range, blocks, text);
  return offsets && { section: section.id, part, ...describeRange(text, offsets.start, offsets.end) };
}

/** The passage selected inside one section of the Arabic text, and where to offer the link. */
export function selectedPassage(): Offer | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  // As written, tashkeel included, whatever this reader shows: the link finds it for everyone.
  const passage = writtenSelection(selection).trim();
  if (passage.length < 2) return null;
  const range = selection.getRangeAt(0);
  const sectionOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(READER_SELECTOR.sections);
  const section = sectionOf(range.startContainer);
  if (!section || section !== sectionOf(range.endContainer)) return null;
  const box = range.getBoundingClientRect();
  const half = Math.min(window.innerWidth / 2, 230);
  const { origin, pathname } = window.location;
  return {
    href: passageHref(`${origin}${pathname}`, section.id, passage),
    // Under the selection, kept on screen.
    top: Math.min(box.bottom + 8, window.innerHeight - 48),
    // Centred under it, kept whole on screen: the three buttons wrap on a phone, centred there.
    left: Math.min(Math.max(box.left + box.width / 2, half), window.innerWidth - half),
    passage: passageIn(section, range),
  };
}
