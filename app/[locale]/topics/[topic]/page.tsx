import { TopicListing, topicMetadata } from '@/components/library/TopicListing';
import { listTopics } from '@/lib/content/loadArticles';

// Only declared topics: any other is a 404 (the proxy answers it).
export const dynamicParams = false;

export function generateStaticParams() {
  return listTopics().map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/topics/[topic]'>) {
  return topicMetadata((await params).topic, 1);
}

export default async function TopicPage({ params }: PageProps<'/[locale]/topics/[topic]'>) {
  return <TopicListing slug={(await params).topic} page={1} />;
}
