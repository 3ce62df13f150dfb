import { readingTime } from './readingTime';
import type { Article, Frontmatter } from './schema';

/**
 * What lists, feeds, the sitemap and the 404 set need of an article: its frontmatter and a few
 * figures derived once from the parsed `Article`. A library of 20,000 articles keeps these in
 * memory (about 1 KiB each) and parses a whole article only to render its own page.
 */
export interface ArticleEntry extends Frontmatter {
  slug: string;
  /** The first paragraph of the lead, verbatim (the Arabic excerpt). */
  lead: string;
  /** The article-level English summary; null until an editor writes it. */
  summary: string[] | null;
  sectionCount: number;
  /** Sections that have an English summary. */
  summarisedCount: number;
  readingTime: { min: number; max: number };
}

export function entryOf(article: Article): ArticleEntry {
  const { sections, ...rest } = article;
  return {
    ...rest,
    lead: sections[0]?.paragraphs[0] ?? '',
    sectionCount: sections.length,
    summarisedCount: sections.filter((section) => section.summary).length,
    readingTime: readingTime(article),
  };
}
