import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import { formatDate, formatDateTime } from '@/lib/formatDate';
import { formatNumber } from '@/lib/formatNumber';
import { CORRECTIONS_ID } from '../reader/body/Corrections';

/**
 * Byline, source, date, when it was last updated, and reading time; shared by the reader and the
 * library cards. An article that names no source says nothing of one (rather than "unknown").
 */
export async function ArticleMeta({
  article,
}: {
  article: Pick<ArticleEntry, 'draft' | 'author' | 'source' | 'date' | 'readingTime' | 'history'>;
}) {
  const locale = await getLocale();
  const t = await getTranslations('ArticleMeta');
  const time = article.readingTime;
  const { updated, corrections } = article.history;
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
          <time dateTime={article.date}>{formatDate(locale, article.date)}</time>
        </>
      )}
      {updated && (
        <>
          <span aria-hidden="true">·</span>
          <span className="font-bold text-ink">
            {t.rich('updated', {
              when: formatDateTime(locale, updated),
              // With corrections, the time leads to their notes at the article's foot.
              time: (chunks) => (
                <time dateTime={updated}>
                  {corrections.length ? (
                    <a href={`#${CORRECTIONS_ID}`} className="underline">
                      {chunks}
                    </a>
                  ) : (
                    chunks
                  )}
                </time>
              ),
            })}
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{t('readingTime', { min: formatNumber(locale, time.min), max: formatNumber(locale, time.max) })}</span>
    </p>
  );
}
