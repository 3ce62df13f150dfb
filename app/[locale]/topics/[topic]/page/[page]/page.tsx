import { TopicListing, topicMetadata } from '@/components/library/TopicListing';
import { content } from '@/lib/content/source/contentSource';
import { articlesOnTopic, prerenderedLaterPages } from '@/lib/library/library';

// Prerendered at build; one the build did not know (published later) renders on its first
// request and is cached from then on. Addresses that do not exist never get here: the proxy
// answers them with the 404 page (proxy.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return content()
    .listTopics()
    .flatMap((topic) =>
      prerenderedLaterPages(articlesOnTopic(topic.slug).length).map((page) => ({
        topic: topic.slug,
        page: String(page),
      })),
    );
}

export async function generateMetadata({ params }: PageProps<'/[locale]/topics/[topic]/page/[page]'>) {
  const { topic, page } = await params;
  return topicMetadata(topic, Number(page));
}

export default async function TopicLaterPage({ params }: PageProps<'/[locale]/topics/[topic]/page/[page]'>) {
  const { topic, page } = await params;
  return <TopicListing slug={topic} page={Number(page)} />;
}
