import type { SectionLink } from '../navigator/sectionLinks';

interface Props {
  previous: SectionLink | null;
  next: SectionLink | null;
  labels: { previous: string; next: string };
  uiLocale: string;
}

/**
 * Previous / next section links, so a phone reader can move on without the navigator.
 * They sit in the RTL body, so "previous" is on the right and its arrow points right.
 */
export function SectionPager({ previous, next, labels, uiLocale }: Props) {
  const item = (link: SectionLink, label: string, direction: 'previous' | 'next') => (
    <a href={`#${link.id}`} className={direction === 'next' ? 'pager-link pager-next' : 'pager-link'}>
      <span className="pager-label">
        {direction === 'previous' && <span aria-hidden="true">→ </span>}
        <bdi lang={uiLocale}>{label}</bdi>
        {direction === 'next' && <span aria-hidden="true"> ←</span>}
      </span>
      <span lang={link.lang} className="pager-title">
        {link.title}
      </span>
    </a>
  );
  return (
    <div className="pager">
      {previous && item(previous, labels.previous, 'previous')}
      {next && item(next, labels.next, 'next')}
    </div>
  );
}
