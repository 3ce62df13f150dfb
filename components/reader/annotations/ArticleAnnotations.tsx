import { getPathname } from '@/i18n/navigation';
import { labelsOf } from '@/i18n/labels';
import type { Article } from '@/lib/content/schema';
import { articleHref } from '@/lib/library/paths';
import { SITE_URL } from '@/lib/siteUrl';
import { ArticleAnnotationsIsland } from './ArticleAnnotationsIsland';

/** The reader's highlights and notes on `article`, kept on the device (the island does all). */
export async function ArticleAnnotations({ article }: { article: Article }) {
  // The article's Arabic page: what an exported highlight links to, whatever the UI's language.
  const source = new URL(getPathname({ locale: 'ar', href: articleHref(article.slug) }), SITE_URL).href;
  return (
    <ArticleAnnotationsIsland
      slug={article.slug}
      title={article.headline.ar}
      source={source}
      labels={await labelsOf('Highlights')}
    />
  );
}
