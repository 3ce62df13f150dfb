import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import { getPathname } from '@/i18n/navigation';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import { formatNumber } from '@/lib/formatNumber';
import { excerpt } from '@/lib/library/excerpt';
import { topicsOf } from '@/lib/library/library';
import { PROGRESS_SLOT } from '@/lib/browser/readingPlace';
import { articleHref } from '@/lib/library/paths';
import { ArticleMeta } from '../site/ArticleMeta';
import { TopicLinks } from './TopicLinks';
import { Digits } from '@/components/site/Digits';

/**
 * One article in a list: its headline in the UI's language (the Arabic one beside it in the
 * English UI), byline, date and reading time, a short excerpt in the UI's language, its topics
 * and how many sections have an English summary.
 */
export async function ArticleCard({ article }: { article: ArticleEntry }) {
  const locale = await getLocale();
  const t = await getTranslations('ArticleCard');
  const english = locale === 'en';
  const text = english && article.summary ? article.summary.join(' ') : article.lead;
  const count = `${formatNumber(locale, article.summarisedCount)}/${formatNumber(locale, article.sectionCount)}`;
  const link = 'text-ink hover:text-accent hover:underline';
  return (
    <li className="article-card border-b border-rule py-8">
      {english ? (
        <>
          <h2 lang="en" dir="ltr" className="text-2xl leading-snug font-bold text-balance">
            <LocaleLink href={articleHref(article.slug)} className={link}>
              {article.headline.en}
            </LocaleLink>
          </h2>
          <p lang="ar" dir="rtl" className="mt-2 text-lg leading-[1.7] text-muted">
            {article.headline.ar}
          </p>
        </>
      ) : (
        <h2 lang="ar" dir="rtl" className="text-2xl leading-[1.6] font-bold text-balance">
          <LocaleLink href={articleHref(article.slug)} className={link}>
            {article.headline.ar}
          </LocaleLink>
        </h2>
      )}
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
      {text && (
        <p
          lang={english && article.summary ? 'en' : 'ar'}
          dir={english && article.summary ? 'ltr' : 'rtl'}
          className="card-excerpt mt-3 leading-relaxed text-muted"
        >
          {excerpt(text)}
        </p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <TopicLinks topics={topicsOf(article)} />
        <p className="text-sm text-muted">
          <Digits>{t('summaries', { count })}</Digits>
        </p>
        {/* This device's progress in the article, if any (ReadingProgress). */}
        <p
          {...{ [PROGRESS_SLOT]: article.slug }}
          data-href={getPathname({ locale, href: articleHref(article.slug) })}
          className="text-sm empty:hidden"
        />
      </div>
    </li>
  );
}
