'use client';

import { aroundPlaceholder } from '@/lib/browser/messageTemplate';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CONTINUE_SLOT_ID, readingPlace, worthContinuing, type ReadingPlace } from '@/lib/browser/readingPlace';
import { useDeviceValue } from '@/lib/browser/useDeviceValue';
import type { NavigatorEntry } from './navigatorTypes';

interface Props {
  slug: string;
  entries: NavigatorEntry[];
  /** "Continue from «{heading}»" and the dismiss button's name. */
  labels: { continueFrom: string; dismiss: string };
}

// The place as it was when the page opened: what this visit saves later must not move the offer.
// A link to a section (a #hash in the address) always wins: then there is nothing to offer.
const atOpen = new Map<string, ReadingPlace | null>();
function placeAtOpen(slug: string): ReadingPlace | null {
  if (!atOpen.has(slug)) atOpen.set(slug, window.location.hash ? null : readingPlace(slug));
  return atOpen.get(slug)!;
}

/** Offers to continue where the reader left off ("Continue from «…»"); never jumps there itself. */
export function ContinueOffer({ slug, entries, labels }: Props) {
  const place = useDeviceValue(() => placeAtOpen(slug));
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !worthContinuing(place)) return null;
  const entry = entries.find((candidate) => candidate.id === place.section);
  const slot = document.getElementById(CONTINUE_SLOT_ID);
  if (!entry || !slot) return null;
  const [before, after] = aroundPlaceholder(labels.continueFrom, 'heading');
  return createPortal(
    <div className="continue-offer flex items-center gap-2 rounded-md border border-accent/40 bg-card px-3 py-2">
      <a href={`#${entry.id}`} onClick={() => setDismissed(true)} className="font-bold text-accent hover:underline">
        {before}
        <bdi lang={entry.lang}>{entry.title}</bdi>
        {after}
      </a>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        aria-label={labels.dismiss}
        className="ms-auto rounded px-2 text-lg leading-none text-muted hover:text-ink"
      >
        ×
      </button>
    </div>,
    slot,
  );
}
