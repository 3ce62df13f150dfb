import type { ArticleSection as Section } from '@/lib/content/schema';
import { SectionPager, type PagerLink } from './SectionPager';
import { SectionSummary } from './SectionSummary';

interface Props {
  section: Section;
  /** The lead has no heading in the content; the UI names it ("مقدمة" / "Introduction"). */
  leadHeading: string;
  uiLocale: string;
  previous: PagerLink | null;
  next: PagerLink | null;
  labels: { previous: string; next: string; missingSummary: string };
}

/**
 * One section: Arabic heading and text, and its English summary inside the same <section>,
 * so CSS grid can align the two tops on wide screens without measuring anything.
 */
export function ArticleSection({ section, leadHeading, uiLocale, previous, next, labels }: Props) {
  const headingId = `${section.id}-heading`;
  const isLead = section.heading === null;
  return (
    <section id={section.id} aria-labelledby={headingId} className="reader-section scroll-mt-16 pt-12 lg:scroll-mt-4">
      <h2
        id={headingId}
        tabIndex={-1}
        lang={isLead ? uiLocale : undefined}
        className={`section-heading mb-4 font-bold text-balance ${
          isLead ? 'text-base text-muted' : 'text-2xl leading-[1.6] sm:text-[1.7rem]'
        }`}
      >
        {section.heading ?? leadHeading}
      </h2>
      <SectionSummary summary={section.summary} missing={labels.missingSummary} uiLocale={uiLocale} />
      <div className="section-text">
        {section.paragraphs.map((paragraph, index) => (
          // Paragraphs never reorder within a section, so their position is their identity.
          <p key={index} className="mb-6 text-[1.2rem] leading-[2] sm:text-[1.3rem]">
            {paragraph}
          </p>
        ))}
        <SectionPager previous={previous} next={next} labels={labels} uiLocale={uiLocale} />
      </div>
    </section>
  );
}
