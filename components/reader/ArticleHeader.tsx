import { getLocale } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import { ArticleMeta } from '../ArticleMeta';

export async function ArticleHeader({ article }: { article: Article }) {
  const locale = await getLocale();
  return (
    <header className="mb-10 border-b border-rule pb-6">
      <h1 lang="ar" dir="rtl" className="text-3xl leading-[1.6] font-bold text-balance sm:text-4xl sm:leading-[1.55]">
        {article.headline.ar}
      </h1>
      {locale === 'en' && (
        <p lang="en" dir="ltr" className="mt-3 text-lg leading-snug text-muted">
          {article.headline.en}
        </p>
      )}
      <div className="mt-4">
        <ArticleMeta article={article} />
      </div>
    </header>
  );
}
