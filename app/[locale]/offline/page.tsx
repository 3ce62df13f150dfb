import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import { SavedArticles } from '@/components/offline/SavedArticles';
import { SiteHeader } from '@/components/site/SiteHeader';
import { libraryHref, OFFLINE_PATH } from '@/lib/library/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Offline');
  return { title: t('title'), robots: { index: false } };
}

/**
 * What the service worker (lib/offline/worker.js) shows for a page this device has not saved
 * while there is no connection: what it has saved instead.
 */
export default async function OfflinePage() {
  const t = await getTranslations('Offline');
  return (
    <>
      <SiteHeader path={OFFLINE_PATH} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-16">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg text-muted">{t('description')}</p>
        <SavedArticles none={t('none')} />
        <p className="mt-8">
          <LocaleLink href={libraryHref()} className="text-accent hover:underline">
            {t('library')}
          </LocaleLink>
        </p>
      </main>
    </>
  );
}
