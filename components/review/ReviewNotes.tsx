import type { Finding } from '@/lib/editorial/checkContent';

/**
 * Development only: content:check's findings about one part of the article, beside it, with
 * the file and line to open. Shown while the review switch is on (ReviewSwitch's CSS).
 */
export function ReviewNotes({ findings, label }: { findings: Finding[] | undefined; label: string }) {
  if (!findings?.length) return null;
  return (
    <aside className="qari-review-notes" lang="en" dir="ltr" aria-label={label}>
      <ul>
        {findings.map((finding, index) => (
          <li key={index} data-level={finding.level}>
            <strong>{finding.level}</strong> {finding.message}{' '}
            <code>
              {finding.file}
              {finding.line ? `:${finding.line}` : ''}
              {finding.line && finding.column ? `:${finding.column}` : ''}
            </code>
          </li>
        ))}
      </ul>
    </aside>
  );
}
