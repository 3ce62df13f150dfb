import type { Article } from '@/lib/content/schema';
import { articleHref } from '@/lib/library/paths';
import { normalizeForSearch } from './normalize';

/** What a search hit shows and where it leads: kept beside each record, in Pagefind's meta. */
export interface SectionMeta {
  /** The article's headlines. */
  title: string;
  title_en: string;
  /** The section's Arabic heading (empty for the lead) and English title. */
  heading: string;
  heading_en: string;
  /** `/articles/<slug>#<section>`, without the locale: results link in the reader's UI language. */
  path: string;
  /** The section's text as readers see it (the snippet is cut from these, never from the index). */
  ar: string;
  en: string;
  /** '1' on the records of the recent index a publish rebuilt (lib/search/recentIndex.ts). */
  recent?: string;
}

export interface SearchRecord {
  url: string;
  content: string;
  language: 'ar';
  meta: SectionMeta & Record<string, string>;
}

/**
 * One record per section, so a hit knows its section. The indexed content is normalised
 * (lib/search/normalize.ts) Arabic, then the English summary: one index serves both UIs.
 */
export function searchRecords(articles: readonly Article[]): SearchRecord[] {
  return articles.flatMap((article) =>
    article.sections.map((section, index) => {
      const ar = section.paragraphs.join(' ');
      const en = [section.summary?.title, ...(section.summary?.paragraphs ?? [])].filter(Boolean).join(' ');
      const headline = index === 0 ? `${article.headline.ar} ${article.headline.en} ` : '';
      const path = `${articleHref(article.slug)}#${section.id}`;
      return {
        url: path,
        content: normalizeForSearch(`${headline}${section.heading ?? ''} ${ar} ${en}`),
        language: 'ar' as const,
        meta: {
          title: article.headline.ar,
          title_en: article.headline.en,
          heading: section.heading ?? '',
          heading_en: section.summary?.title ?? '',
          path,
          ar,
          en,
        },
      };
    }),
  );
}
