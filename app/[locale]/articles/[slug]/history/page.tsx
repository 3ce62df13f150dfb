import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CompareForm } from '@/components/history/CompareForm';
import { VersionChanges } from '@/components/history/VersionChanges';
import { VersionList } from '@/components/history/VersionList';
import { LocaleLink } from '@/components/site/LocaleLink';
import { SiteHeader } from '@/components/site/SiteHeader';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { articleHistory, changesBetween } from '@/lib/history/historyPage';
import { content } from '@/lib/content/source/contentSource';
import { publishedArticles } from '@/lib/library/library';
import { articleHref, historyHref } from '@/lib/library/paths';

// The newest articles' histories are made at the build; any other on its first request.
export const dynamicParams = true;

export function generateStaticParams() {
  const kept = new Set(publishedArticles().flatMap((a) => (a.history.versions ? [a.slug] : [])));
  return content()
    .slugsToPrerender()
    .filter((slug) => kept.has(slug))
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]/history'>): Promise<Metadata> {
  const { slug } = await params;
  const t = await getTranslations('History');
  const history = await articleHistory(slug);
  const locale = (await getLocale()) as Locale;
  const headline = history ? history.article.headline[locale] : '';
  // Kept for the record: search engines index the article, never its earlier versions.
  return { title: `${t('title')}: ${headline}`, robots: { index: false, follow: true } };
}

/** Every kept version of an article, newest first, and what its latest change changed. */
export default async function HistoryPage({ params }: PageProps<'/[locale]/articles/[slug]/history'>) {
  const { slug } = await params;
  const history = await articleHistory(slug);
  if (!history) notFound();
  const { article, versions } = history;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('History');
  const latest = versions.at(-1)!.version;
  const changes = latest > 1 ? changesBetween(slug, versions, latest - 1, latest) : null;
  return (
    <>
      <SiteHeader path={historyHref(slug)} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-10 outline-none">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-muted">{t('description', { headline: article.headline[locale] })}</p>
        <p className="mt-2 text-sm text-muted">{t('notIndexed')}</p>
        <p className="mt-4">
          <LocaleLink href={articleHref(slug)} className="text-accent underline">
            {t('backToArticle')}
          </LocaleLink>
        </p>
        <VersionList slug={slug} versions={versions} />
        {versions.length > 1 && (
          <CompareForm
            action={getPathname({ locale, href: historyHref(slug) })}
            versions={versions}
            from={latest - 1}
            to={latest}
          />
        )}
        {changes && (
          <section aria-labelledby="latest-changes" className="mt-10">
            <h2 id="latest-changes" className="text-2xl font-bold">
              {t('compareTitle', { from: latest - 1, to: latest })}
            </h2>
            <VersionChanges changes={changes} />
          </section>
        )}
      </main>
    </>
  );
}
