import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/reader/body/ArticleBody';
import { ArticleHeader } from '@/components/reader/body/ArticleHeader';
import { SectionNavigator } from '@/components/reader/navigator/SectionNavigator';
import { SiteHeader } from '@/components/site/SiteHeader';
import { articleMetadata } from '@/lib/metadata/articleMetadata';
import { isContentError } from '@/lib/content/ContentError';
import { content } from '@/lib/content/source/contentSource';
import { Corrections } from '@/components/reader/body/Corrections';

// Prerendered at build; one the build did not know (published later) renders on its first
// request and is cached from then on. Addresses that do not exist never get here: the proxy
// answers them with the 404 page (proxy.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return content()
    .slugsToPrerender()
    .map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/articles/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  try {
    const article = content().getArticle(slug);
    return article ? articleMetadata(article, await getLocale()) : {};
  } catch (error) {
    // A content error is the page's to show (error.tsx, in the page); thrown from here it
    // would escape the page's error boundary and leave a blank page in development.
    if (isContentError(error)) return {};
    throw error;
  }
}

export default async function ReaderPage({ params }: PageProps<'/[locale]/articles/[slug]'>) {
  const { slug } = await params;
  const article = content().getArticle(slug);
  if (!article) notFound();
  const history = content().historyOf(slug);
  // Development only: content:check's findings beside each section. Imported behind the test,
  // so a production build carries none of it.
  const review =
    process.env.NODE_ENV === 'development'
      ? await (await import('@/components/review/reviewSlots')).reviewSlots(slug, article.glossary)
      : null;
  return (
    <>
      <SiteHeader path={`/articles/${slug}`} />
      <div className="reader-layout mx-auto w-full max-w-7xl flex-1 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10 lg:px-6">
        <SectionNavigator article={article} />
        <main id="main" tabIndex={-1} className="min-w-0 px-4 pt-8 outline-none sm:pt-12 lg:px-0">
          <article className="reader-article mx-auto" data-version={content().articleVersion(slug) ?? undefined}>
            <ArticleHeader article={article} history={history} review={review} />
            <ArticleBody article={article} review={review} />
            <Corrections slug={slug} corrections={history.corrections} />
          </article>
        </main>
      </div>
    </>
  );
}
