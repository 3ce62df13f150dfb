import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleRegion } from '@/components/serverHtml/ArticleRegion';
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
  const part = {
    kind: 'articleHeadline',
    slug: article.slug,
    uiLocale: locale,
    summaryLabel: t('articleSummary'),
  } as const;
  return (
    <header className="reader-section mb-4 border-b border-rule pt-0 pb-6">
      {/* `contents`: the headline and summary stay grid items of the header, as in a section. */}
      <ArticleRegion article={article} part={part} className="contents" />
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
