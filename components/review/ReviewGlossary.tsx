import type { GlossaryEntry } from '@/lib/glossary/markTerms';

/** Development only: the article's glossary as an editor checks it, term by term. */
export function ReviewGlossary({ entries, label }: { entries: readonly GlossaryEntry[]; label: string }) {
  if (!entries.length) return null;
  return (
    <aside className="qari-review-notes" lang="en" dir="ltr" aria-label={label}>
      <p>
        <strong>{label}</strong> ({entries.length})
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.term}>
            <span lang="ar" dir="rtl">
              {entry.term}
            </span>{' '}
            — {entry.gloss}
            {entry.translit ? <em> ({entry.translit})</em> : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
