import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import { formatDate, formatDateTime } from '@/lib/formatDate';
import { formatNumber } from '@/lib/formatNumber';
import { historyHref } from '@/lib/library/paths';
import { LocaleLink } from './LocaleLink';
import { Digits } from '@/components/site/Digits';
import { HijriDate } from '@/components/site/HijriDate';

/**
 * Byline, source, date, when it was last updated, and reading time; shared by the reader and the
 * library cards. An article that names no source says nothing of one (rather than "unknown").
 */
export async function ArticleMeta({
  article,
}: {
  article: Pick<ArticleEntry, 'slug' | 'draft' | 'author' | 'source' | 'date' | 'readingTime' | 'history'>;
}) {
  const locale = await getLocale();
  const t = await getTranslations('ArticleMeta');
  const time = article.readingTime;
  const { updated } = article.history;
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
      {article.draft && (
        <strong className="rounded bg-accent px-2 py-0.5 text-xs font-bold text-paper">{t('draft')}</strong>
      )}
      <span>
        {t.rich('byline', {
          name: article.author,
          author: (chunks) => (
            <bdi lang="ar" className="font-bold text-ink">
              {chunks}
            </bdi>
          ),
        })}
      </span>
      {article.source && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            {t.rich('source', {
              name: article.source.name,
              source: (chunks) => <bdi lang="ar">{chunks}</bdi>,
            })}
          </span>
        </>
      )}
      {article.date && (
        <>
          <span aria-hidden="true">·</span>
          <time dateTime={article.date}>
            <Digits>{formatDate(locale, article.date)}</Digits>
          </time>
          <HijriDate date={article.date} />
        </>
      )}
      {updated && (
        <>
          <span aria-hidden="true">·</span>
          <span className="font-bold text-ink">
            {t.rich('updated', {
              when: formatDateTime(locale, updated),
              // The time leads to the article's history: every version, and what changed.
              time: (chunks) => (
                <time dateTime={updated}>
                  <LocaleLink href={historyHref(article.slug)} className="underline">
                    <Digits>{chunks}</Digits>
                  </LocaleLink>
                </time>
              ),
            })}
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>
        <Digits>
          {t('readingTime', { min: formatNumber(locale, time.min), max: formatNumber(locale, time.max) })}
        </Digits>
      </span>
    </p>
  );
}
