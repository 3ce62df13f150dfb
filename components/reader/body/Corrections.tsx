import { getLocale, getTranslations } from 'next-intl/server';
import type { HistorySummary } from '@/lib/history/historySummary';
import { formatDateTime } from '@/lib/formatDate';
import { historyHref } from '@/lib/library/paths';
import { LocaleLink } from '../../site/LocaleLink';
import { Digits } from '@/components/site/Digits';

/** The id of the corrections at an article's foot (a deep link to them). */
export const CORRECTIONS_ID = 'corrections';

/**
 * Every public correction of the article, newest first, each with its time, in the UI's
 * language (an English note where the editor wrote one, else the Arabic, marked as such).
 */
export async function Corrections({ slug, corrections }: { slug: string } & Pick<HistorySummary, 'corrections'>) {
  if (!corrections.length) return null;
  const locale = await getLocale();
  const t = await getTranslations('Corrections');
  return (
    <section
      id={CORRECTIONS_ID}
      aria-labelledby={`${CORRECTIONS_ID}-title`}
      className="section-text mt-10 scroll-mt-24 border-t border-rule pt-6 text-base"
    >
      <h2 id={`${CORRECTIONS_ID}-title`} className="text-lg font-bold">
        {t('title')}
      </h2>
      <ol className="mt-3 space-y-3">
        {corrections.map(({ version, at, note }) => {
          const english = locale === 'en' && note.en;
          return (
            <li key={version}>
              <p className="text-sm text-muted">
                {t.rich('published', {
                  when: formatDateTime(locale, at),
                  time: (chunks) => (
                    <time dateTime={at}>
                      <Digits>{chunks}</Digits>
                    </time>
                  ),
                })}
              </p>
              <p lang={english ? 'en' : 'ar'} dir={english ? 'ltr' : 'rtl'}>
                {english ? note.en : note.ar}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="mt-4 text-sm">
        <LocaleLink href={historyHref(slug)} className="text-accent underline">
          {t('history')}
        </LocaleLink>
      </p>
    </section>
  );
}
