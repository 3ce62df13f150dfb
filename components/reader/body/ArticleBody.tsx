import { READER_CLASS } from '@/lib/browser/readerDom';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Article } from '@/lib/content/schema';
import type { ReviewSlots } from '../../review/reviewSlots';
import { SectionBlock } from './SectionBlock';
import { SectionLinkCopier } from './SectionLinkCopier';
import { SharePassage } from '../share/SharePassage';
import { TashkeelFollower } from '../settings/TashkeelFollower';
import { GlossaryTerms } from '../glossary/GlossaryTerms';
import { sectionLinksFor } from '../navigator/sectionLinks';

/** The whole Arabic body in one RTL element, whatever the UI language. */
export async function ArticleBody({ article, review }: { article: Article; review?: ReviewSlots | null }) {
  const uiLocale = await getLocale();
  const body = await getTranslations('ArticleBody');
  const highlights = await getTranslations('Highlights');
  const nav = await getTranslations('SectionNavigator');
  const summary = await getTranslations('SummaryToggle');
  const leadHeading = body('leadHeading');
  const labels = {
    previous: nav('previous'),
    next: nav('next'),
    missingSummary: summary('missing'),
    copyLink: body('copyLink'),
  };
  const links = sectionLinksFor(article, leadHeading, uiLocale);
  return (
    <>
      <div lang="ar" dir="rtl" className={`${READER_CLASS.body} text-ink`}>
        {article.sections.map((section, index) => (
          <SectionBlock
            key={section.id}
            section={section}
            leadHeading={leadHeading}
            uiLocale={uiLocale}
            previous={links[index - 1] ?? null}
            next={links[index + 1] ?? null}
            labels={labels}
            review={review?.sections[section.id]}
          />
        ))}
      </div>
      <SectionLinkCopier copied={body('linkCopied')} />
      <SharePassage
        label={body('copyPassage')}
        copied={body('linkCopied')}
        highlight={highlights('highlight')}
        note={highlights('note')}
      />
      <TashkeelFollower />
      {article.glossary.length > 0 && <GlossaryTerms slug={article.slug} />}
    </>
  );
}
