import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { HighlightsIsland } from '@/components/highlights/HighlightsIsland';
import { SiteHeader } from '@/components/site/SiteHeader';
import { labelsOf } from '@/i18n/labels';
import { HIGHLIGHTS_PATH } from '@/lib/library/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Highlights');
  return { title: t('pageTitle'), robots: { index: false } };
}

/**
 * The reader's highlights and notes from every article, kept on this device only: listed by
 * article, newest first, each linking to its passage; deleted, exported and imported here.
 * The same static page for everyone: the island reads the device's own.
 */
export default async function HighlightsPage() {
  const t = await getTranslations('Highlights');
  return (
    <>
      <SiteHeader path={HIGHLIGHTS_PATH} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-16 outline-none">
        <h1 className="text-3xl font-bold">{t('pageTitle')}</h1>
        <p className="mt-4 text-lg text-muted">{t('pageDescription')}</p>
        <HighlightsIsland
          locale={await getLocale()}
          labels={await labelsOf('Highlights')}
          hijri={(await labelsOf('Calendar')).hijri}
        />
      </main>
    </>
  );
}
