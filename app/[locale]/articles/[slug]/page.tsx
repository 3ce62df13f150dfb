import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/reader/ArticleBody';
import { ArticleHeader } from '@/components/reader/ArticleHeader';
import { SiteHeader } from '@/components/SiteHeader';
import { articleMetadata } from '@/lib/articleMetadata';
import { getArticle, listArticles } from '@/lib/content/loadArticles';

// Only prerendered slugs exist: anything else is a 404 without rendering on demand.
export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article, await getLocale()) : {};
}

export default async function ReaderPage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) notFound();
  return (
    <>
      <SiteHeader path={`/articles/${slug}`} />
      <main id="main" className="flex-1">
        <article className="mx-auto max-w-3xl px-4 pt-8 sm:pt-12">
          <ArticleHeader article={article} />
          <ArticleBody article={article} />
        </article>
      </main>
    </>
  );
}
