import type { Locale } from '@/i18n/routing';
import { articleJsonLd } from '@/lib/metadata/articleMetadata';
import type { Article } from '@/lib/content/schema';
import type { HistorySummary } from '@/lib/history/historySummary';

/** JSON-LD is data, not script: `<` is escaped so article text can never close the tag. */
export function ArticleJsonLd({
  article,
  history,
  locale,
}: {
  article: Article;
  history: HistorySummary;
  locale: Locale;
}) {
  const json = JSON.stringify(articleJsonLd(article, history, locale)).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
