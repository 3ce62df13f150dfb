import type { ArticleSection as Section } from '@/lib/content/schema';

interface Props {
  section: Section;
  /** The lead has no heading in the content; the UI names it ("مقدمة" / "Introduction"). */
  leadHeading: string;
  /** The UI language, which the lead's heading is written in. */
  uiLocale: string;
}

export function ArticleSection({ section, leadHeading, uiLocale }: Props) {
  const headingId = `${section.id}-heading`;
  const isLead = section.heading === null;
  return (
    <section id={section.id} aria-labelledby={headingId} className="scroll-mt-20">
      <h2
        id={headingId}
        tabIndex={-1}
        lang={isLead ? uiLocale : undefined}
        className={
          isLead
            ? 'mb-3 text-base font-bold text-muted'
            : 'mt-12 mb-4 text-2xl leading-[1.6] font-bold text-balance sm:text-[1.7rem]'
        }
      >
        {section.heading ?? leadHeading}
      </h2>
      {section.paragraphs.map((paragraph, index) => (
        // Paragraphs never reorder within a section, so their position is their identity.
        <p key={index} className="mb-6 text-[1.2rem] leading-[2] sm:text-[1.3rem]">
          {paragraph}
        </p>
      ))}
    </section>
  );
}
