import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import { formatNumber } from '@/lib/formatNumber';
import { ArticleMeta } from '../ArticleMeta';
import { ReadingSettings } from './ReadingSettings';
import { SummaryToggle } from './SummaryToggle';

/** Headline, byline and the reader's toolbar; the article's English summary sits beside them. */
export async function ArticleHeader({ article }: { article: Article }) {
  const locale = await getLocale();
  const t = await getTranslations('SummaryToggle');
  const summarised = article.sections.filter((s) => s.summary).length;
  const count = `${formatNumber(locale, summarised)}/${formatNumber(locale, article.sections.length)}`;
  return (
    <header className="reader-section mb-4 border-b border-rule pt-0 pb-6">
      <div className="section-heading">
        <h1 lang="ar" dir="rtl" className="text-3xl leading-[1.6] font-bold text-balance sm:text-4xl sm:leading-[1.55]">
          {article.headline.ar}
        </h1>
        {locale === 'en' && (
          <p lang="en" dir="ltr" className="mt-3 text-lg leading-snug text-muted">
            {article.headline.en}
          </p>
        )}
      </div>
      {article.summary && (
        <div className="section-summary summary-card">
          <p lang={locale} className="mb-1 text-xs font-bold tracking-wide text-muted uppercase">
            {t('articleSummary')}
          </p>
          <div lang="en" dir="ltr">
            {article.summary.map((paragraph, index) => (
              // Paragraphs never reorder within a summary, so their position is their identity.
              <p key={index} className="mb-3 leading-relaxed last:mb-0">
                {paragraph}
              </p>
            ))}
          </div>
        </div>
      )}
      <div className="section-text mt-4 flex flex-col items-start gap-4">
        <ArticleMeta article={article} />
        <div className="flex flex-wrap items-start gap-3 print:hidden">
          <SummaryToggle label={t('label')} count={count} />
          <ReadingSettings />
        </div>
      </div>
    </header>
  );
}
