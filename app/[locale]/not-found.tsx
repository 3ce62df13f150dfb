import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import { SiteHeader } from '@/components/site/SiteHeader';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-16">
        <title>{t('title')}</title>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg text-muted">{t('description')}</p>
        <p className="mt-8">
          <LocaleLink href="/" className="text-accent underline">
            {t('backHome')}
          </LocaleLink>
        </p>
      </main>
    </>
  );
}
