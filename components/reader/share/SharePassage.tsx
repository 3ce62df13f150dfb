'use client';

import { READER_SELECTOR } from '@/lib/browser/readerDom';
import { useEffect, useState } from 'react';
import { writtenSelection } from '@/lib/tashkeel/tashkeelView';
import { passageHref } from '@/lib/browser/textFragment';

const SHOWN_MS = 2500;

interface Offer {
  href: string;
  top: number;
  left: number;
}

/** The passage selected inside one section of the Arabic text, and where to offer the link. */
function selectedPassage(): Offer | null {
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

/**
 * Selecting text inside a section offers "Copy a link to this passage": the section's address
 * with a text fragment, which opens the article at that section with the passage highlighted.
 */
export function SharePassage({ label, copied }: { label: string; copied: string }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [done, setDone] = useState(false);

  useEffect(() => {
    let timer: number | undefined;
    // Selections change with every step of a drag or a Shift+arrow: offer once they settle.
    const onChange = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setOffer(selectedPassage());
        setDone(false);
      }, 250);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, []);

  useEffect(() => {
    if (!done) return;
    const timer = window.setTimeout(() => setDone(false), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [done]);

  if (!offer) return null;
  return (
    <div
      className="share-passage fixed z-40 -translate-x-1/2 print:hidden"
      style={{ top: offer.top, left: offer.left }}
    >
      <button
        type="button"
        // Keeps the selection: a mouse press on the button would otherwise clear it first.
        onMouseDown={(event) => event.preventDefault()}
        onClick={async () => {
          await navigator.clipboard.writeText(offer.href);
          setDone(true);
        }}
        className="rounded-full border border-rule bg-ink px-4 py-1.5 text-sm font-bold text-paper shadow-lg"
      >
        {label}
      </button>
      <span role="status" className="sr-only">
        {done ? copied : ''}
      </span>
      {done && (
        <span aria-hidden="true" className="ms-2 rounded bg-card px-2 py-1 text-sm text-ink shadow">
          {copied}
        </span>
      )}
    </div>
  );
}
