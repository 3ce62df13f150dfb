import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';

/** A section as links name it: its Arabic heading, or the UI's name for the lead. */
export interface SectionLink {
  id: string;
  title: string;
  lang: string;
}

/** Derived once per render for the navigator and the previous / next links alike. */
export async function sectionLinks(article: Article): Promise<SectionLink[]> {
  const locale = await getLocale();
  const t = await getTranslations('ArticleBody');
  return article.sections.map((section) => ({
    id: section.id,
    title: section.heading ?? t('leadHeading'),
    lang: section.heading ? 'ar' : locale,
  }));
}
