import { TopicListing, topicMetadata } from '@/components/library/TopicListing';
import { listTopics } from '@/lib/content/loadArticles';
import { articlesOnTopic } from '@/lib/library/library';
import { laterPages } from '@/lib/library/pages';

export const dynamicParams = false;

export function generateStaticParams() {
  return listTopics().flatMap((topic) =>
    laterPages(articlesOnTopic(topic.slug).length).map((page) => ({ topic: topic.slug, page: String(page) })),
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
