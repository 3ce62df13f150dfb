import { getLocale } from 'next-intl/server';
import { labelsOf } from '@/i18n/labels';
import { SiteSearchIsland } from './SiteSearchIsland';

/** The search field in every page's header; its strings come from the server. */
export async function SiteSearch() {
  const locale = await getLocale();
  return <SiteSearchIsland locale={locale} labels={await labelsOf('Search')} />;
}
