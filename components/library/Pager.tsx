import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import { formatNumber } from '@/lib/formatNumber';
import { Digits } from '@/components/site/Digits';

interface Props {
  page: number;
  pageCount: number;
  /** The address of a page of this list (page 1 is the list's root). */
  hrefFor: (page: number) => string;
}

/** Previous / next pages of a list, and where the reader is in it. Absent when one page is all. */
export async function Pager({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const locale = await getLocale();
  const t = await getTranslations('Pager');
  const position = t('position', { current: formatNumber(locale, page), total: formatNumber(locale, pageCount) });
  return (
    <nav aria-label={t('label')} className="mt-8 flex items-center justify-between gap-4 border-t border-rule pt-6">
      {page > 1 ? (
        <LocaleLink href={hrefFor(page - 1)} rel="prev" className="pager-step">
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            ←
          </span>{' '}
          {t('previous')}
        </LocaleLink>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted" aria-current="page">
        <Digits>{position}</Digits>
      </p>
      {page < pageCount ? (
        <LocaleLink href={hrefFor(page + 1)} rel="next" className="pager-step">
          {t('next')}{' '}
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            →
          </span>
        </LocaleLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
