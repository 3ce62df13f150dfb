import { READER_CLASS } from '@/lib/browser/readerDom';
import type { SectionSummary } from '@/lib/content/schema';

interface Props {
  summary: SectionSummary | null;
  /** Shown in the UI language where an editor has not written the summary yet. */
  missing: string;
  uiLocale: string;
}

/** A section's English summary: hidden until the toggle is on, then beside or under the Arabic. */
export function SummaryCard({ summary, missing, uiLocale }: Props) {
  if (!summary) {
    return (
      <div className={READER_CLASS.summary}>
        {/* Arabic has no italic: a muted, dashed card says "not written yet" in both UIs. */}
        <p lang={uiLocale} className="text-[0.875em] text-muted">
          {missing}
        </p>
      </div>
    );
  }
  return (
    <div lang="en" dir="ltr" className={READER_CLASS.summary}>
      <h3 className="mb-2 text-[1em] leading-snug font-bold">{summary.title}</h3>
      {summary.paragraphs.map((paragraph, index) => (
        // Paragraphs never reorder within a summary, so their position is their identity.
        <p key={index} className="mb-3 leading-relaxed last:mb-0">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
