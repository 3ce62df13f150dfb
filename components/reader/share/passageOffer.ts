import { READER_SELECTOR } from '@/lib/browser/readerDom';
import { passageHref } from '@/lib/browser/textFragment';
import { writtenSelection } from '@/lib/tashkeel/tashkeelView';

/**
 * What the share offer needs of a selection: loaded on the reader's first selection (most
 * readers never select), while the selection settles.
 */
export interface Offer {
  href: string;
  top: number;
  left: number;
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
  const { origin, pathname } = window.location;
  return {
    href: passageHref(`${origin}${pathname}`, section.id, passage),
    // Under the selection, kept on screen.
    top: Math.min(box.bottom + 8, window.innerHeight - 48),
    left: Math.min(Math.max(box.left + box.width / 2, 110), window.innerWidth - 110),
  };
}
