import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleRegion } from '@/components/serverHtml/ArticleRegion';
import type { Article } from '@/lib/content/schema';
import { CopyLinkButtons } from './CopyLinkButtons';

/** The whole Arabic body in one RTL element, whatever the UI language; its text is server HTML. */
export async function ArticleBody({ article }: { article: Article }) {
  const body = await getTranslations('ArticleBody');
  const nav = await getTranslations('SectionNavigator');
  const summary = await getTranslations('SummaryToggle');
  const part = {
    kind: 'articleBody',
    slug: article.slug,
    uiLocale: await getLocale(),
    leadHeading: body('leadHeading'),
    labels: {
      previous: nav('previous'),
      next: nav('next'),
      missingSummary: summary('missing'),
      copyLink: body('copyLink'),
    },
  } as const;
  return (
    <>
      <ArticleRegion article={article} part={part} lang="ar" dir="rtl" className="article-body text-ink" />
      <CopyLinkButtons copied={body('linkCopied')} />
    </>
  );
}
