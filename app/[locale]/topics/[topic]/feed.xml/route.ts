import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { content } from '@/lib/content/source/contentSource';
import { atomFeed, atomResponse } from '@/lib/library/atomFeed';
import { articlesOnTopic, getTopic, topicsOf } from '@/lib/library/library';
import { feedHref, topicHref } from '@/lib/library/paths';

export const dynamic = 'force-static';
// Prerendered at build; one the build did not know (published later) renders on its first
// request and is cached from then on. Addresses that do not exist never get here: the proxy
// answers them with the 404 page (proxy.ts).
export const dynamicParams = true;

// A route handler has no layout above it to give the locales: it lists both params itself.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    content()
      .listTopics()
      .map((topic) => ({ locale, topic: topic.slug })),
  );
}

/** A topic's Atom feed in a UI language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/topics/[topic]/feed.xml'>) {
  const { locale, topic: slug } = (await params) as { locale: Locale; topic: string };
  const topic = getTopic(slug);
  // The proxy's gate answers an unknown topic first; never a TypeError if it is ever reached.
  if (!topic) return new Response('Not Found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'TopicPage' });
  return atomResponse(
    atomFeed({
      locale,
      title: t('feed', { name: locale === 'ar' ? topic.ar : topic.en }),
      pageHref: topicHref(slug),
      feedHref: feedHref(slug),
      articles: articlesOnTopic(slug),
      topicsOf,
    }),
  );
}
