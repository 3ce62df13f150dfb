import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleListing } from '@/components/library/ArticleListing';
import { formatNumber } from '@/lib/formatNumber';
import { prerenderedLaterPages, publishedArticles } from '@/lib/library/library';
import { listingMetadata } from '@/lib/metadata/listingMetadata';
import { pageOf } from '@/lib/library/pages';
import { feedHref, libraryHref } from '@/lib/library/paths';

// Prerendered at build; one the build did not know (published later) renders on its first
// request and is cached from then on. Addresses that do not exist never get here: the proxy
// answers them with the 404 page (proxy.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedLaterPages(publishedArticles().length).map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/page/[page]'>): Promise<Metadata> {
  const { page } = await params;
  const locale = await getLocale();
  const t = await getTranslations('LibraryPage');
  const title = t('pageTitle', { title: t('title'), page: formatNumber(locale, Number(page)) });
  return listingMetadata(locale, title, libraryHref(Number(page)), { href: feedHref(), title: t('feed') });
}

/** A later page of the library, older articles. */
export default async function LibraryLaterPage({ params }: PageProps<'/[locale]/page/[page]'>) {
  const { page } = await params;
  const list = pageOf(publishedArticles(), Number(page));
  if (!list || list.page === 1) notFound();
  const locale = await getLocale();
  const t = await getTranslations('LibraryPage');
  return (
    <ArticleListing
      title={t('pageTitle', { title: t('title'), page: formatNumber(locale, list.page) })}
      intro={t('intro')}
      empty={t('empty')}
      list={list}
      hrefFor={libraryHref}
      path={libraryHref(list.page)}
    />
  );
}
