import { historySummary, type HistorySummary } from '../history/historySummary';
import { readingTime } from './readingTime';
import type { Article, Frontmatter } from './schema';

/**
 * What lists, feeds, the sitemap and the 404 set need of an article: its frontmatter and a few
 * figures derived once from the parsed `Article`. A library of 20,000 articles keeps these in
 * memory (about 1 KiB each) and parses a whole article only to render its own page.
 */
export interface ArticleEntry extends Frontmatter {
  slug: string;
  /**
   * The start of the lead's first paragraph, white space folded: as much as any excerpt of it
   * shows (a feed's, 400 characters) and one more, so an excerpt cut from it is the one cut
   * from the whole paragraph. Keeps 20,000 entries in tens of megabytes.
   */
  lead: string;
  /** The article-level English summary; null until an editor writes it. */
  summary: string[] | null;
  sectionCount: number;
  /** Sections that have an English summary. */
  summarisedCount: number;
  readingTime: { min: number; max: number };
  /** Its kept versions, as readers are told of them (updated time, corrections' notes). */
  history: HistorySummary;
}

const LEAD_CHARS = 401;

export function entryOf(article: Article): ArticleEntry {
  const { sections, ...rest } = article;
  // The glossary is for the article's own page only.
  delete (rest as Partial<Article>).glossary;
  return {
    ...rest,
    lead: (sections[0]?.paragraphs[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, LEAD_CHARS),
    sectionCount: sections.length,
    summarisedCount: sections.filter((section) => section.summary).length,
    readingTime: readingTime(article),
    history: historySummary(article.slug),
  };
}
