'use client';

import { useEffect, useRef, useState } from 'react';
import { ANNOTATE_EVENT, type AnnotateRequest } from '@/lib/annotations/annotateRequest';
import type { Offer } from './passageOffer';

const loadOffer = () => import('./passageOffer');

const SHOWN_MS = 2500;

/**
 * Selecting text inside a section offers "Copy a link to this passage" (the section's address
 * with a text fragment, which opens the article at that section with the passage highlighted),
 * and Highlight and Note, which the article's highlights keep (components/reader/annotations).
 */
export function SharePassage({
  label,
  copied,
  highlight,
  note,
}: {
  label: string;
  copied: string;
  highlight: string;
  note: string;
}) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [done, setDone] = useState(false);

  // A selection made with the keyboard (a caret moved by Shift and the arrows) brings the focus to
  // the offer once it settles, so the keyboard reaches it: it is not next to the caret in Tab order.
  const viaKeyboard = useRef(false);
  const offerBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!offerBox.current?.contains(event.target as Node)) viaKeyboard.current = event.shiftKey;
    };
    const onPointer = () => (viaKeyboard.current = false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, []);
  useEffect(() => {
    if (offer && viaKeyboard.current) offerBox.current?.querySelector('button')?.focus();
  }, [offer]);

  useEffect(() => {
    let timer: number | undefined;
    // Selections change with every step of a drag or a Shift+arrow: offer once they settle. The
    // offer's code is asked for at the first change, so it is there when the selection settles.
    const onChange = () => {
      window.clearTimeout(timer);
      // The offer keeps its passage while the reader is in it (a keyboard reader tabs through it).
      if (offerBox.current?.contains(document.activeElement)) return;
      if (window.getSelection()?.isCollapsed !== false) {
        // A click, a caret: nothing selected, nothing to offer (and no code to load).
        setOffer(null);
        return;
      }
      const offerCode = loadOffer();
      timer = window.setTimeout(async () => {
        const { selectedPassage } = await offerCode;
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
      ref={offerBox}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOffer(null);
      }}
      className="share-passage fixed z-40 flex w-max max-w-[calc(100vw-1rem)] -translate-x-1/2 flex-wrap items-center justify-center gap-2 print:hidden"
      style={{ top: offer.top, left: offer.left }}
    >
      {offer.passage &&
        (
          [
            [highlight, false],
            [note, true],
          ] as const
        ).map(([name, withNote]) => (
          <button
            key={name}
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              const detail: AnnotateRequest = { passage: offer.passage!, withNote };
              window.dispatchEvent(new CustomEvent(ANNOTATE_EVENT, { detail }));
              window.getSelection()?.removeAllRanges();
              setOffer(null);
            }}
            className="rounded-full border border-rule bg-paper px-4 py-1.5 text-sm font-bold text-ink shadow-lg"
          >
            {name}
          </button>
        ))}
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
