import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/library/ArticleCard';
import { SiteHeader } from '@/components/SiteHeader';
import { alternatesFor } from '@/lib/articleMetadata';
import { listArticles } from '@/lib/content/loadArticles';
import { SITE_URL } from '@/lib/siteUrl';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('LibraryPage');
  return { metadataBase: SITE_URL, title: t('title'), alternates: alternatesFor(await getLocale(), '/') };
}

export default async function LibraryPage() {
  const t = await getTranslations('LibraryPage');
  const articles = listArticles();
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-10">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 text-lg text-muted">{t('intro')}</p>
        {articles.length ? (
          <ul className="mt-6">
            {articles.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </ul>
        ) : (
          <p className="mt-6">{t('empty')}</p>
        )}
      </main>
    </>
  );
}
