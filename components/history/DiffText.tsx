import type { Messages } from 'next-intl';
import type { DiffPart } from '@/lib/history/wordDiff';

export type DiffLabels = Pick<Messages['History'], 'removed' | 'added'> & {
  /** Said before a word whose diacritics alone changed (History.marks, with how it was written). */
  marks: (before: string) => string;
};

/**
 * A difference as text: unchanged words as they are, removed ones struck (`<del>`), added ones
 * marked (`<ins>`), each saying so to a screen reader; a word whose tashkeel alone changed is
 * marked as such, with the old writing. Whole words only (lib/history/wordDiff.ts), so no
 * element starts inside a word and Arabic letters keep joining.
 */
export function DiffText({ parts, labels }: { parts: DiffPart[]; labels: DiffLabels }) {
  return (
    <p className="diff-text whitespace-pre-wrap">
      {parts.map((part, index) => {
        if (part.kind === 'same') return part.text;
        if (part.kind === 'removed' || part.kind === 'added') {
          const Mark = part.kind === 'removed' ? 'del' : 'ins';
          return (
            <Mark key={index} className={`diff-${part.kind}`}>
              <span className="sr-only">{labels[part.kind]}</span>
              {part.text}
            </Mark>
          );
        }
        return (
          <ins key={index} className="diff-marks" title={part.before}>
            <span className="sr-only">{labels.marks(part.before)}</span>
            {part.after}
          </ins>
        );
      })}
    </p>
  );
}
