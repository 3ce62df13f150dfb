import { getLocale } from 'next-intl/server';
import { LocaleLink } from '@/components/LocaleLink';
import type { Article } from '@/lib/content/schema';
import { ArticleMeta } from '../ArticleMeta';

export async function ArticleCard({ article }: { article: Article }) {
  const locale = await getLocale();
  const english = locale === 'en';
  return (
    <li className="border-b border-rule py-8">
      <h2 lang="ar" dir="rtl" className="text-2xl leading-[1.6] font-bold text-balance">
        <LocaleLink href={`/articles/${article.slug}`} className="text-ink hover:text-accent hover:underline">
          {article.headline.ar}
        </LocaleLink>
      </h2>
      {english && (
        <p lang="en" dir="ltr" className="mt-2 text-lg leading-snug">
          {article.headline.en}
        </p>
      )}
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
      {english && article.summary && (
        <p lang="en" dir="ltr" className="mt-3 leading-relaxed text-muted">
          {article.summary[0]}
        </p>
      )}
    </li>
  );
}
