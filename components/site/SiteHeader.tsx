import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import { LocaleSwitcher } from './LocaleSwitcher';
import { SiteSearch } from '../search/SiteSearch';

/** `path` is the current page without its locale, so the language link works without JavaScript. */
export async function SiteHeader({ path = '/' }: { path?: string }) {
  const t = await getTranslations('SiteHeader');
  return (
    <header className="border-b border-rule print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 sm:gap-4">
        <LocaleLink href="/" className="text-2xl font-bold text-ink no-underline" aria-label={t('home')}>
          {t('brand')}
        </LocaleLink>
        <SiteSearch />
        <LocaleSwitcher path={path} />
      </div>
    </header>
  );
}
