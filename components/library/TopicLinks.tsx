import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/LocaleLink';
import type { Topic } from '@/lib/content/topics';
import { topicHref } from '@/lib/library/paths';

/** An article's topics as links to their pages, named in the UI's language. */
export async function TopicLinks({ topics }: { topics: Topic[] }) {
  if (!topics.length) return null;
  const locale = await getLocale();
  const t = await getTranslations('ArticleCard');
  return (
    <ul aria-label={t('topics')} className="flex flex-wrap gap-2 text-sm">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <LocaleLink
            href={topicHref(topic.slug)}
            className="inline-block rounded-full border border-rule px-3 py-0.5 text-ink no-underline hover:border-accent hover:text-accent"
          >
            <bdi lang={locale}>{locale === 'ar' ? topic.ar : topic.en}</bdi>
          </LocaleLink>
        </li>
      ))}
    </ul>
  );
}
