import type { Article } from '@/lib/content/schema';
import { sectionTexts, type SectionText } from './searchRecords';
import { wordsMatched } from './snippet';

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
