import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { formatNumber } from '@/lib/formatNumber';
import { articlesOnTopic, getTopic } from '@/lib/library/library';
import { listingMetadata } from '@/lib/metadata/listingMetadata';
import { pageOf } from '@/lib/library/pages';
import { feedHref, topicHref } from '@/lib/library/paths';
import { ArticleListing } from './ArticleListing';

async function topicTitle(locale: Locale, name: string, page: number) {
  const t = await getTranslations('TopicPage');
  const list = await getTranslations('LibraryPage');
  const title = t('title', { name });
  return page === 1 ? title : list('pageTitle', { title, page: formatNumber(locale, page) });
}

const nameIn = (locale: Locale, topic: { ar: string; en: string }) => (locale === 'ar' ? topic.ar : topic.en);

/** Metadata of a topic's page (the first or a later one). */
export async function topicMetadata(slug: string, page: number): Promise<Metadata> {
  const topic = getTopic(slug);
  if (!topic) return {};
  const locale = await getLocale();
  const t = await getTranslations('TopicPage');
  const name = nameIn(locale, topic);
  return listingMetadata(locale, await topicTitle(locale, name, page), topicHref(slug, page), {
    href: feedHref(slug),
    title: t('feed', { name }),
  });
}

/** One page of a topic's articles, newest first. */
export async function TopicListing({ slug, page }: { slug: string; page: number }) {
  const topic = getTopic(slug);
  const list = topic && pageOf(articlesOnTopic(slug), page);
  if (!topic || !list) notFound();
  const locale = await getLocale();
  const t = await getTranslations('TopicPage');
  const empty = await getTranslations('LibraryPage');
  const name = nameIn(locale, topic);
  return (
    <ArticleListing
      title={await topicTitle(locale, name, page)}
      intro={t('intro', { name })}
      empty={empty('empty')}
      list={list}
      hrefFor={(n) => topicHref(slug, n)}
      path={topicHref(slug, page)}
    />
  );
}
