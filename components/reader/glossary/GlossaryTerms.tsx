'use client';

import { useEffect } from 'react';
import type { GlossaryEntry } from '@/lib/glossary/markTerms';
import { usePreference } from '../settings/usePreference';

/**
 * The glossary of an article, for learners: while the reading setting is on, its terms are
 * marked in the text and each shows its English gloss on a tap, a click or focus. The glossary
 * (`/glossary/<slug>.json`) and the code that marks and shows it (glossaryPopover.ts) load on
 * first use; turned off, the text is as it was.
 */
export function GlossaryTerms({ slug }: { slug: string }) {
  const [glossary] = usePreference('glossary', 'off');
  useEffect(() => {
    if (glossary !== 'on') return;
    let detach: (() => void) | undefined;
    let cancelled = false;
    void Promise.all([
      fetch(`/glossary/${slug}.json`).then((response) =>
        response.ok ? (response.json() as Promise<GlossaryEntry[]>) : [],
      ),
      import('./glossaryPopover'),
    ]).then(([entries, { attachGlossary }]) => {
      if (!cancelled && entries.length) detach = attachGlossary(entries);
    });
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [glossary, slug]);
  return null;
}
