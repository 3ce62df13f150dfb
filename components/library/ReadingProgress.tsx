'use client';

import { fillTemplate } from '@/lib/browser/messageTemplate';
import { Fragment } from 'react';
import { createPortal } from 'react-dom';
import { formatNumber } from '@/lib/formatNumber';
import { PROGRESS_SLOT, readingPlaces, worthContinuing, type ReadingPlace } from '@/lib/browser/readingPlace';
import { useDeviceValue } from '@/lib/browser/useDeviceValue';
import { Digits } from '@/components/site/Digits';

interface Props {
  locale: string;
  /** "Section {current} of {total}", "Continue reading", "Read". */
  labels: { section: string; continue: string; read: string };
}

let places: Record<string, ReadingPlace> | null = null;

/**
 * On a list of articles, what this device remembers of each (lib/browser/readingPlace.ts): "Section 4
 * of 8 · Continue reading" for a started article, "Read" for a finished one. Nothing is sent
 * anywhere; without JavaScript, or for an article never opened, the cards stay as they are.
 */
export function ReadingProgress({ locale, labels }: Props) {
  const remembered = useDeviceValue(() => (places ??= readingPlaces()));
  if (!remembered) return null;
  const slots = Array.from(document.querySelectorAll<HTMLElement>(`[${PROGRESS_SLOT}]`));
  return slots.map((slot) => {
    const slug = slot.getAttribute(PROGRESS_SLOT)!;
    const place = remembered[slug];
    if (!place) return null;
    const content = place.read ? (
      <span className="font-bold text-muted">✓ {labels.read}</span>
    ) : worthContinuing(place) ? (
      <>
        <span>
          <Digits>
            {fillTemplate(labels.section, {
              current: formatNumber(locale, place.index + 1),
              total: formatNumber(locale, place.total),
            })}
          </Digits>
        </span>
        {' · '}
        <a href={`${slot.dataset.href}#${place.section}`} className="font-bold text-accent hover:underline">
          {labels.continue}
        </a>
      </>
    ) : null;
    return content && <Fragment key={slug}>{createPortal(content, slot)}</Fragment>;
  });
}
