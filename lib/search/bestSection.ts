import type { Article } from '@/lib/content/schema';
import { normalizeWord } from './normalize';
import { sectionTexts, type SectionText } from './searchRecords';

const SEPARATORS = /[^\p{L}\p{M}\p{N}\u0640]+/u;

/** Each section's text with its distinct words normalised: once per parsed version of an article. */
const normalised = new WeakMap<Article, { section: SectionText; words: string[] }[]>();

function sectionsWithWords(article: Article) {
  let known = normalised.get(article);
  if (!known) {
    known = sectionTexts(article).map((section, index) => {
      const headline = index === 0 ? `${article.headline.ar} ${article.headline.en} ` : '';
      const text = `${headline}${section.heading} ${section.ar} ${section.en}`;
      const words = new Set(text.split(SEPARATORS).filter(Boolean).map(normalizeWord));
      return { section, words: [...words].filter(Boolean) };
    });
    normalised.set(article, known);
  }
  return known;
}

/**
 * The section of `article` a hit for the normalised `terms` opens at: the one that has most of
 * them as typed (the lead also counts the headlines), the first of equals. A term matches a word
 * with the same normalised form or the start of one (the reader may still be typing). Pagefind
 * finds an article by a word's stem too (الإبداع for الإبداعية), but does not say where.
 */
export function bestSection(article: Article, terms: readonly string[]): SectionText & { matched: number } {
  const sections = sectionsWithWords(article).map(({ section, words }) => ({
    ...section,
    matched: terms.filter((term) => words.some((word) => word.startsWith(term))).length,
  }));
  return sections.reduce((best, section) => (section.matched > best.matched ? section : best));
}
