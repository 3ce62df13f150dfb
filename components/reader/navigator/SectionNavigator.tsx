import { getLocale, getTranslations } from 'next-intl/server';
import { labelsOf } from '@/i18n/labels';
import type { Article } from '@/lib/content/schema';
import { formatNumber } from '@/lib/formatNumber';
import { SectionNavigatorIsland } from './SectionNavigatorIsland';
import type { NavigatorEntry } from './navigatorTypes';
import { localizedSectionLinks } from './sectionLinks';

/** Derives the section list once, on the server; the island only observes and highlights. */
export async function SectionNavigator({ article }: { article: Article }) {
  const locale = await getLocale();
  const t = await getTranslations('SectionNavigator');
  const total = article.sections.length;
  const entries: NavigatorEntry[] = (await localizedSectionLinks(article)).map((link, index) => {
    const section = article.sections[index]!;
    return { ...link, english: locale === 'en' && section.heading ? (section.summary?.title ?? null) : null };
  });
  const progress = entries.map((_, index) =>
    t('progress', { current: formatNumber(locale, index + 1), total: formatNumber(locale, total) }),
  );
  return (
    <SectionNavigatorIsland
      slug={article.slug}
      entries={entries}
      labels={{ title: t('title'), open: t('open'), close: t('close'), progress }}
      continueLabels={await labelsOf('ReadingPlace', ['continueFrom', 'dismiss'])}
      listenLabels={await labelsOf('Listen')}
    />
  );
}
