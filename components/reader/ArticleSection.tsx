import type { ArticleSection as Section } from '@/lib/content/schema';
import { CopyLinkButton } from './CopyLinkButton';
import { SectionPager, type PagerLink } from './SectionPager';
import { SectionSummary } from './SectionSummary';

interface Props {
  section: Section;
  /** The lead has no heading in the content; the UI names it ("مقدمة" / "Introduction"). */
  leadHeading: string;
  uiLocale: string;
  previous: PagerLink | null;
  next: PagerLink | null;
  labels: { previous: string; next: string; missingSummary: string; copyLink: string; linkCopied: string };
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
      <div className="section-heading mb-4 flex items-start gap-2">
        <h2
          id={headingId}
          tabIndex={-1}
          lang={isLead ? uiLocale : undefined}
          className={`flex-1 font-bold text-balance ${
            isLead ? 'text-[1em] text-muted' : 'text-[1.5em] leading-[1.6] sm:text-[1.7em]'
          }`}
        >
          {section.heading ?? leadHeading}
        </h2>
        <CopyLinkButton sectionId={section.id} label={labels.copyLink} copied={labels.linkCopied} />
      </div>
      <SectionSummary summary={section.summary} missing={labels.missingSummary} uiLocale={uiLocale} />
      <div className="section-text">
        {section.paragraphs.map((paragraph, index) => (
          // Paragraphs never reorder within a section, so their position is their identity.
          <p key={index} className="mb-6 text-[1.2em] leading-[2] sm:text-[1.3em]">
            {paragraph}
          </p>
        ))}
        <SectionPager previous={previous} next={next} labels={labels} uiLocale={uiLocale} />
      </div>
    </section>
  );
}
