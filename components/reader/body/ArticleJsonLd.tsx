import type { Locale } from '@/i18n/routing';
import { articleJsonLd } from '@/lib/metadata/articleMetadata';
import type { Article } from '@/lib/content/schema';

/** JSON-LD is data, not script: `<` is escaped so article text can never close the tag. */
export function ArticleJsonLd({ article, locale }: { article: Article; locale: Locale }) {
  const json = JSON.stringify(articleJsonLd(article, locale)).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
