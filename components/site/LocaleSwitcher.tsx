import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { LocaleSwitcherIsland } from './LocaleSwitcherIsland';

/** Links to the same page in the other UI language; the client leaf carries the query and hash along. */
export async function LocaleSwitcher({ path }: { path: string }) {
  const locale = await getLocale();
  const target = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const t = await getTranslations('LocaleSwitcher');
  return (
    <LocaleSwitcherIsland from={locale} to={target} href={getPathname({ locale: target, href: path })}>
      {t('target')}
    </LocaleSwitcherIsland>
  );
}
