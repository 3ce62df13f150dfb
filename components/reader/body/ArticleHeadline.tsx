import { READER_CLASS } from '@/lib/browser/readerDom';
import type { Article } from '@/lib/content/schema';
import { ARABIC_TEXT } from './arabicText';

interface Props {
  article: Article;
  uiLocale: string;
  summaryLabel: string;
}

/** The headline and, beside it when summaries are on, the article's English summary. */
export function ArticleHeadline({ article, uiLocale, summaryLabel }: Props) {
  return (
    <>
      <div className="section-heading">
        <h1 lang="ar" dir="rtl" className={READER_CLASS.headline} {...ARABIC_TEXT}>
          {article.headline.ar}
        </h1>
        {uiLocale === 'en' && (
          <p lang="en" dir="ltr" className="mt-3 text-lg leading-snug text-muted">
            {article.headline.en}
          </p>
        )}
      </div>
      {article.summary && (
        // On phones the card follows the headline; beside it (wide screens, print) it needs no gap.
        <div className={`${READER_CLASS.summary} mt-4 lg:mt-0 print:mt-0`}>
          <p lang={uiLocale} className="mb-1 text-xs font-bold tracking-wide text-muted uppercase">
            {summaryLabel}
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
    </>
  );
}
