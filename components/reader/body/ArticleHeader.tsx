import { getLocale, getTranslations } from 'next-intl/server';
import { readingTime } from '@/lib/content/readingTime';
import type { HistorySummary } from '@/lib/history/historySummary';
import type { Article } from '@/lib/content/schema';
import type { ReviewSlots } from '../../review/reviewSlots';
import { formatNumber } from '@/lib/formatNumber';
import { topicsOf } from '@/lib/library/library';
import { CONTINUE_SLOT_ID } from '@/lib/browser/readingPlace';
import { ArticleMeta } from '../../site/ArticleMeta';
import { TopicLinks } from '../../library/TopicLinks';
import { ArticleHeadline } from './ArticleHeadline';
import { ArticleJsonLd } from './ArticleJsonLd';
import { ReadingSettings } from '../settings/ReadingSettings';
import { SummaryToggle } from './SummaryToggle';
import { ArticleAnnotations } from '../annotations/ArticleAnnotations';

/** Headline, byline and the reader's toolbar; the article's English summary sits beside them. */
export async function ArticleHeader({
  article,
  history,
  review,
}: {
  article: Article;
  history: HistorySummary;
  review?: ReviewSlots | null;
}) {
  const locale = await getLocale();
  const t = await getTranslations('SummaryToggle');
  const summarised = article.sections.filter((s) => s.summary).length;
  const count = `${formatNumber(locale, summarised)}/${formatNumber(locale, article.sections.length)}`;
  return (
    <header className="reader-section mb-4 border-b border-rule pt-0 pb-6">
      <ArticleJsonLd article={article} history={history} locale={locale} />
      <ArticleHeadline article={article} uiLocale={locale} summaryLabel={t('articleSummary')} />
      <div className="section-text mt-4 flex flex-col items-start gap-4">
        <ArticleMeta article={{ ...article, readingTime: readingTime(article), history }} />
        <TopicLinks topics={topicsOf(article)} />
        <div className="flex flex-wrap items-start gap-3 print:hidden">
          <SummaryToggle label={t('label')} count={count} />
          <ReadingSettings />
          <ArticleAnnotations article={article} />
          {review?.toolbar}
        </div>
        {/* "Continue from «…»" appears here for a returning reader (ContinueOffer). */}
        <div id={CONTINUE_SLOT_ID} className="empty:hidden" />
        {review?.article}
      </div>
    </header>
  );
}
