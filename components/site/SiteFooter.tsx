import { getTranslations } from 'next-intl/server';
import { PAGE_END_ID } from '../reader/navigator/navigatorTypes';

export async function SiteFooter() {
  const t = await getTranslations('SiteFooter');
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">{t('about')}</p>
      <div id={PAGE_END_ID} aria-hidden="true" className="h-px" />
    </footer>
  );
}
