import type { Article } from '@/lib/content/schema';
import { normalizeWord } from './normalize';
import { sectionTexts, type SectionText } from './searchRecords';

const WORDS = /[^\p{L}\p{M}\p{N}\u0640]+/u;

/** How many of the query's words a text has (a word, or the start of one: the reader may still be typing). */
export function wordsMatched(text: string, terms: readonly string[]): number {
  const words = [...new Set(text.split(WORDS).map(normalizeWord))];
  return terms.filter((term) => words.some((word) => word === term || word.startsWith(term))).length;
}

/**
 * The section of `article` a hit for the normalised `terms` opens at: the one that has most of
 * them as typed (the lead also counts the headlines), the first of equals. Pagefind finds an
 * article by a word's stem too (الإبداع for الإبداعية), but does not say where.
 */
export function bestSection(article: Article, terms: readonly string[]): SectionText & { matched: number } {
  const sections = sectionTexts(article).map((section, index) => {
    const headline = index === 0 ? `${article.headline.ar} ${article.headline.en} ` : '';
    return { ...section, matched: wordsMatched(`${headline}${section.heading} ${section.ar} ${section.en}`, terms) };
  });
  return sections.reduce((best, section) => (section.matched > best.matched ? section : best));
}
