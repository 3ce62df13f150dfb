import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import { toSectionLinks, type SectionLink } from './toSectionLinks';

/** The section links in the current UI language (server components). */
export async function sectionLinks(article: Article): Promise<SectionLink[]> {
  const t = await getTranslations('ArticleBody');
  return toSectionLinks(article, t('leadHeading'), await getLocale());
}
