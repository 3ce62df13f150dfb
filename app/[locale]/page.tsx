import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/library/ArticleListing';
import { publishedArticles } from '@/lib/library/library';
import { listingMetadata } from '@/lib/metadata/listingMetadata';
import { pageOf } from '@/lib/library/pages';
import { feedHref, libraryHref } from '@/lib/library/paths';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('LibraryPage');
  return listingMetadata(await getLocale(), t('title'), libraryHref(), { href: feedHref(), title: t('feed') });
}

/** The library's first page: the newest articles. */
export default async function LibraryPage() {
  const t = await getTranslations('LibraryPage');
  return (
    <ArticleListing
      title={t('title')}
      intro={t('intro')}
      empty={t('empty')}
      list={pageOf(publishedArticles(), 1)!}
      hrefFor={libraryHref}
      path={libraryHref()}
    />
  );
}
