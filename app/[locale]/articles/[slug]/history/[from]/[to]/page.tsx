import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CompareForm } from '@/components/history/CompareForm';
import { VersionChanges } from '@/components/history/VersionChanges';
import { LocaleLink } from '@/components/site/LocaleLink';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { articleHistory, changesBetween } from '@/lib/history/historyPage';
import { compareHref, historyHref } from '@/lib/library/paths';
import { Digits } from '@/components/site/Digits';
import { formatNumber } from '@/lib/formatNumber';

// Two kept versions never change: each pair is made on its first request and kept.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Params = PageProps<'/[locale]/articles/[slug]/history/[from]/[to]'>;

const versionNumber = (text: string) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : null);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { from, to } = await params;
  const t = await getTranslations('History');
  return { title: t('compareTitle', { from, to }), robots: { index: false, follow: true } };
}

/** What changed between two kept versions of an article, word by word. */
export default async function ComparePage({ params }: Params) {
  const { slug, from: fromText, to: toText } = await params;
  const [from, to] = [versionNumber(fromText), versionNumber(toText)];
  const history = from && to ? await articleHistory(slug) : null;
  const changes = history && from && to ? changesBetween(slug, history.versions, from, to) : null;
  if (!history || !changes || !from || !to) notFound();
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('History');
  return (
    <>
      <SiteHeader path={compareHref(slug, from, to)} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-10 outline-none">
        <h1 className="text-3xl font-bold">
          <Digits>{t('compareTitle', { from: formatNumber(locale, from), to: formatNumber(locale, to) })}</Digits>
        </h1>
        <p className="mt-3 text-muted">{t('description', { headline: history.article.headline[locale] })}</p>
        <p className="mt-4">
          <LocaleLink href={historyHref(slug)} className="text-accent underline">
            {t('backToHistory')}
          </LocaleLink>
        </p>
        <CompareForm
          action={getPathname({ locale, href: historyHref(slug) })}
          versions={history.versions}
          from={from}
          to={to}
        />
        <VersionChanges changes={changes} />
      </main>
    </>
  );
}
