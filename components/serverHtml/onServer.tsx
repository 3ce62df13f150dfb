import { ArticleHeadline } from '@/components/reader/ArticleHeadline';
import { ArticleJsonLd } from '@/components/reader/ArticleJsonLd';
import { ArticleSection } from '@/components/reader/ArticleSection';
import { toSectionLinks } from '@/components/reader/toSectionLinks';
import { getArticle } from '@/lib/content/loadArticles';
import type { Article } from '@/lib/content/schema';
import { PREFERENCES_SCRIPT } from '@/lib/readerPreferences';
import type { ServerHtml, ServerHtmlPart } from './serverHtmlTypes';

function article(slug: string): Article {
  const found = getArticle(slug);
  if (!found) throw new Error(`Article "${slug}" disappeared between rendering passes`);
  return found;
}

function articleBody(part: Extract<ServerHtmlPart, { kind: 'articleBody' }>) {
  const { uiLocale, leadHeading, labels } = part;
  const found = article(part.slug);
  const links = toSectionLinks(found, leadHeading, uiLocale);
  return found.sections.map((section, index) => (
    <ArticleSection
      key={section.id}
      section={section}
      leadHeading={leadHeading}
      uiLocale={uiLocale}
      previous={links[index - 1] ?? null}
      next={links[index + 1] ?? null}
      labels={labels}
    />
  ));
}

export const serverHtml: ServerHtml | null = {
  render(part) {
    if (part.kind === 'articleBody') return articleBody(part);
    const found = article(part.slug);
    return (
      <>
        <ArticleJsonLd article={found} locale={part.uiLocale} />
        <ArticleHeadline article={found} uiLocale={part.uiLocale} summaryLabel={part.summaryLabel} />
      </>
    );
  },
  preferencesScript: PREFERENCES_SCRIPT,
};
