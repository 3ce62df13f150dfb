import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site/SiteHeader';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import type { Page } from '@/lib/library/pages';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from './ArticleCard';
import { ReadingProgress } from './ReadingProgress';
import { Pager } from './Pager';
import { Digits } from '@/components/site/Digits';

interface Props {
  title: string;
  intro: ReactNode;
  empty: string;
  list: Page<ArticleEntry>;
  hrefFor: (page: number) => string;
  /** The page's address without the locale, for the language switch. */
  path: string;
}

/** A page of a list of articles (the library, a topic): heading, cards, pager. */
export async function ArticleListing({ title, intro, empty, list, hrefFor, path }: Props) {
  const locale = await getLocale();
  const t = await getTranslations('ReadingPlace');
  return (
    <>
      <SiteHeader path={path} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 pt-10">
        <h1 className="text-3xl font-bold">
          <Digits>{title}</Digits>
        </h1>
        <p className="mt-3 text-lg text-muted">{intro}</p>
        {list.items.length ? (
          <ol className="mt-6">
            {list.items.map((article) => (
              <ArticleCard key={article.slug} article={article} />
            ))}
          </ol>
        ) : (
          <p className="mt-6">{empty}</p>
        )}
        <Pager page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
        <ReadingProgress
          locale={locale}
          labels={{ section: t.raw('section'), continue: t('continue'), read: t('read') }}
        />
      </main>
    </>
  );
}
