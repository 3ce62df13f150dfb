import { getLocale, getTranslations } from 'next-intl/server';
import { SiteSearchIsland } from './SiteSearchIsland';

/** The search field in every page's header; its strings come from the server. */
export async function SiteSearch() {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  const labels = {
    name: t('name'),
    label: t('label'),
    placeholder: t('placeholder'),
    noScript: t('noScript'),
    searching: t('searching'),
    count: t.raw('count') as string,
    none: t('none'),
    unavailable: t('unavailable'),
    lead: t('lead'),
    shortcut: t('shortcut'),
  };
  return <SiteSearchIsland locale={locale} labels={labels} />;
}
