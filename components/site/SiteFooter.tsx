import { getTranslations } from 'next-intl/server';
import { HIGHLIGHTS_PATH } from '@/lib/library/paths';
import { PAGE_END_ID } from '../reader/navigator/navigatorTypes';
import { LocaleLink } from './LocaleLink';

export async function SiteFooter() {
  const t = await getTranslations('SiteFooter');
  const highlights = await getTranslations('Highlights');
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t('about')}</p>
        <LocaleLink href={HIGHLIGHTS_PATH} className="text-accent hover:underline">
          {highlights('link')}
        </LocaleLink>
      </div>
      <div id={PAGE_END_ID} aria-hidden="true" className="h-px" />
    </footer>
  );
}
