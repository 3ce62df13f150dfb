import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import { ArticleSection } from './ArticleSection';
import { sectionLinks } from './sectionLinks';

/** The whole Arabic body in one RTL element, whatever the UI language. */
export async function ArticleBody({ article }: { article: Article }) {
  const locale = await getLocale();
  const body = await getTranslations('ArticleBody');
  const nav = await getTranslations('SectionNavigator');
  const summary = await getTranslations('SummaryToggle');
  const labels = {
    previous: nav('previous'),
    next: nav('next'),
    missingSummary: summary('missing'),
    copyLink: body('copyLink'),
    linkCopied: body('linkCopied'),
  };
  const links = await sectionLinks(article);
  return (
    <div lang="ar" dir="rtl" data-article-body className="article-body text-ink">
      {article.sections.map((section, index) => (
        <ArticleSection
          key={section.id}
          section={section}
          leadHeading={body('leadHeading')}
          uiLocale={locale}
          previous={links[index - 1] ?? null}
          next={links[index + 1] ?? null}
          labels={labels}
        />
      ))}
    </div>
  );
}
