import type { ArticleSection } from './schema';

// Firefox Reader View's Arabic reading speed: 612 ± 88 characters a minute.
const CHARS_PER_MINUTE = 612;
const DEVIATION = 88;

/** A range of whole minutes, shortest first, for reading the Arabic body. */
export function readingTime(article: { sections: Pick<ArticleSection, 'heading' | 'paragraphs'>[] }): { min: number; max: number } {
  const chars = article.sections
    .flatMap((s) => [s.heading ?? '', ...s.paragraphs])
    .join(' ')
    .replace(/\s+/g, ' ').length;
  return {
    min: Math.max(1, Math.round(chars / (CHARS_PER_MINUTE + DEVIATION))),
    max: Math.max(1, Math.round(chars / (CHARS_PER_MINUTE - DEVIATION))),
  };
}
