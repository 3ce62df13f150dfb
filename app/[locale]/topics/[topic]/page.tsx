import { TopicListing, topicMetadata } from '@/components/library/TopicListing';
import { content } from '@/lib/content/source/contentSource';

// Prerendered at build; one the build did not know (published later) renders on its first
// request and is cached from then on. Addresses that do not exist never get here: the proxy
// answers them with the 404 page (proxy.ts).
export const dynamicParams = true;

export function generateStaticParams() {
  return content()
    .listTopics()
    .map((topic) => ({ topic: topic.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/topics/[topic]'>) {
  return topicMetadata((await params).topic, 1);
}

export default async function TopicPage({ params }: PageProps<'/[locale]/topics/[topic]'>) {
  return <TopicListing slug={(await params).topic} page={1} />;
}
