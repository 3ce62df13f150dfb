import type { Article } from '@/lib/content/schema';
import { articleHref } from '@/lib/library/paths';
import { normalizeForSearch } from './normalize';

/** What the index keeps beside each article: enough to list a hit, nothing of its text. */
export interface ArticleMeta {
  /** The article's headlines. */
  title: string;
  title_en: string;
  /** `/articles/<slug>`, without the locale: results link in the reader's UI language. */
  path: string;
  /** '1' on the records of the recent index a publish rebuilt (lib/search/recentIndex.ts). */
  recent?: string;
}

/** One section's text as readers see it: the hit's snippet is cut from this, never from the index. */
export interface SectionText {
  id: string;
  /** The section's Arabic heading (empty for the lead) and English title. */
  heading: string;
  heading_en: string;
  ar: string;
  en: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: 'ar';
  meta: ArticleMeta & Record<string, string>;
}

/** Every section of `article` as search shows it (served by app/search-index/[...file]/route.ts). */
export function sectionTexts(article: Article | null): SectionText[] {
  return (article?.sections ?? []).map((section) => ({
    id: section.id,
    heading: section.heading ?? '',
    heading_en: section.summary?.title ?? '',
    ar: section.paragraphs.join(' '),
    en: [section.summary?.title, ...(section.summary?.paragraphs ?? [])].filter(Boolean).join(' '),
  }));
}

/**
 * One record per article: a record per section made Pagefind's index 6× the records, and its
 * memory and time grew with them (4 GiB for 3,000 articles). The indexed content is normalised
 * (lib/search/normalize.ts) Arabic, then the English summaries: one index serves both UIs. The
 * server picks a hit's section (lib/search/bestSection.ts).
 */
export function searchRecord(article: Article): SearchRecord {
  const text = sectionTexts(article).map((section) => `${section.heading} ${section.ar} ${section.en}`);
  return {
    url: articleHref(article.slug),
    content: normalizeForSearch(`${article.headline.ar} ${article.headline.en} ${text.join(' ')}`),
    language: 'ar',
    meta: { title: article.headline.ar, title_en: article.headline.en, path: articleHref(article.slug) },
  };
}
