import { getLocale, getTranslations } from 'next-intl/server';
import type { Version } from '@/lib/history/versionStore';
import { formatDateTime } from '@/lib/formatDate';
import { compareHref } from '@/lib/library/paths';
import { LocaleLink } from '../site/LocaleLink';
import { Digits } from '@/components/site/Digits';
import { formatNumber } from '@/lib/formatNumber';

/** Every kept version, newest first: its time, its public note (or that it was minor), a link to what changed. */
export async function VersionList({ slug, versions }: { slug: string; versions: Version[] }) {
  const locale = await getLocale();
  const t = await getTranslations('History');
  return (
    <ol className="mt-6 space-y-4">
      {[...versions].reverse().map(({ version, at, note, minor }) => {
        const english = locale === 'en' && note?.en;
        return (
          <li key={version} className="border-s-2 border-rule ps-4">
            <p className="font-bold">
              <Digits>{t('version', { n: formatNumber(locale, version) })}</Digits> ·{' '}
              <time dateTime={at}>
                <Digits>{formatDateTime(locale, at)}</Digits>
              </time>
            </p>
            {note ? (
              <p lang={english ? 'en' : 'ar'} dir={english ? 'ltr' : 'rtl'} className="mt-1">
                {english ? note.en : note.ar}
              </p>
            ) : (
              <p className="mt-1 text-muted">{version === 1 ? t('first') : minor ? t('minor') : null}</p>
            )}
            {version > 1 && (
              <LocaleLink
                href={compareHref(slug, version - 1, version)}
                className="mt-1 inline-block text-accent underline"
              >
                {t('compareWithPrevious')}
              </LocaleLink>
            )}
          </li>
        );
      })}
    </ol>
  );
}
