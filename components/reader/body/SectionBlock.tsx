import { READER_CLASS } from '@/lib/browser/readerDom';
import type { Messages } from 'next-intl';
import type { ReactNode } from 'react';
import type { ArticleSection } from '@/lib/content/schema';
import { SectionLinkButton } from './SectionLinkButton';
import { ARABIC_TEXT } from './arabicText';
import type { SectionLink } from '../navigator/sectionLinks';
import { SectionPager } from './SectionPager';
import { SummaryCard } from './SummaryCard';

/** The UI's words inside a section, from three namespaces of the messages. */
export type SectionLabels = Pick<Messages['SectionNavigator'], 'previous' | 'next'> &
  Pick<Messages['ArticleBody'], 'copyLink'> & { missingSummary: Messages['SummaryToggle']['missing'] };

interface Props {
  section: ArticleSection;
  /** The lead has no heading in the content; the UI names it ("مقدمة" / "Introduction"). */
  leadHeading: string;
  uiLocale: string;
  previous: SectionLink | null;
  next: SectionLink | null;
  labels: SectionLabels;
  /** Development's review notes about this section. */
  review?: ReactNode;
}

/**
 * One section: Arabic heading and text, and its English summary inside the same <section>,
 * so CSS grid can align the two tops on wide screens without measuring anything.
 */
export function SectionBlock({ section, leadHeading, uiLocale, previous, next, labels, review }: Props) {
  const headingId = `${section.id}-heading`;
  const isLead = section.heading === null;
  return (
    <section id={section.id} aria-labelledby={headingId} className="reader-section">
      <div className="section-heading section-title-row">
        <h2
          id={headingId}
          tabIndex={-1}
          lang={isLead ? uiLocale : undefined}
          className={isLead ? `${READER_CLASS.sectionTitle} ${READER_CLASS.leadTitle}` : READER_CLASS.sectionTitle}
          {...(isLead ? {} : ARABIC_TEXT)}
        >
          {section.heading ?? leadHeading}
        </h2>
        <SectionLinkButton sectionId={section.id} label={labels.copyLink} />
      </div>
      <SummaryCard summary={section.summary} missing={labels.missingSummary} uiLocale={uiLocale} />
      <div className="section-text">
        {review}
        {section.paragraphs.map((paragraph, index) => (
          // Paragraphs never reorder within a section, so their position is their identity.
          <p key={index} className={READER_CLASS.paragraph} {...ARABIC_TEXT}>
            {paragraph}
          </p>
        ))}
        <SectionPager previous={previous} next={next} labels={labels} uiLocale={uiLocale} />
      </div>
    </section>
  );
}
