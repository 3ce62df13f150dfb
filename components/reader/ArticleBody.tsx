import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import { ArticleSection } from './ArticleSection';

/** The whole Arabic body in one RTL element, whatever the UI language. */
export async function ArticleBody({ article }: { article: Article }) {
  const t = await getTranslations('ArticleBody');
  const locale = await getLocale();
  return (
    <div lang="ar" dir="rtl" className="text-ink">
      {article.sections.map((section) => (
        <ArticleSection key={section.id} section={section} leadHeading={t('leadHeading')} uiLocale={locale} />
      ))}
    </div>
  );
}
