import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';

/** A section as links name it: its Arabic heading, or the UI's name for the lead. */
export interface SectionLink {
  id: string;
  title: string;
  lang: string;
}

/** The one derivation, for the navigator and the previous / next links alike. */
export function sectionLinksFor(article: Article, leadHeading: string, uiLocale: string): SectionLink[] {
  return article.sections.map((section) => ({
    id: section.id,
    title: section.heading ?? leadHeading,
    lang: section.heading ? 'ar' : uiLocale,
  }));
}

/** The section links in the current UI language (server components). */
export async function localizedSectionLinks(article: Article): Promise<SectionLink[]> {
  const t = await getTranslations('ArticleBody');
  return sectionLinksFor(article, t('leadHeading'), await getLocale());
}
