import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { atomFeed, atomResponse } from '@/lib/library/atomFeed';
import { publishedArticles, topicsOf } from '@/lib/library/library';
import { feedHref, libraryHref } from '@/lib/library/paths';

// Written once at build time, like the pages.
export const dynamic = 'force-static';

/** The library's Atom feed in a UI language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'LibraryPage' });
  return atomResponse(
    atomFeed({
      locale,
      title: t('feed'),
      pageHref: libraryHref(),
      feedHref: feedHref(),
      articles: publishedArticles(),
      topicsOf,
    }),
  );
}
