import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { reviewOf } from '@/lib/editorial/review';
import type { GlossaryEntry } from '@/lib/glossary/markTerms';
import { ReviewGlossary } from './ReviewGlossary';
import { ReviewNotes } from './ReviewNotes';
import { ReviewSwitch } from './ReviewSwitch';

/** Where the review view puts itself in the reader: the switch, the article's notes, each section's. */
export interface ReviewSlots {
  toolbar: ReactNode;
  article: ReactNode;
  sections: Record<string, ReactNode>;
}

/**
 * Development only: the reader page imports this module behind a `NODE_ENV` test, so a
 * production build neither bundles nor renders any of the review view.
 */
export async function reviewSlots(slug: string, glossary: readonly GlossaryEntry[]): Promise<ReviewSlots | null> {
  const review = reviewOf(slug);
  if (!review) return null;
  const t = await getTranslations('Review');
  const label = t('notes');
  return {
    toolbar: <ReviewSwitch total={review.total} />,
    article: (
      <>
        <ReviewNotes findings={review.article} label={label} />
        <ReviewGlossary entries={glossary} label={t('glossary')} />
      </>
    ),
    sections: Object.fromEntries(
      Object.entries(review.sections).map(([id, findings]) => [
        id,
        <ReviewNotes key={id} findings={findings} label={label} />,
      ]),
    ),
  };
}
