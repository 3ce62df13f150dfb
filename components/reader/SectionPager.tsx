export interface PagerLink {
  id: string;
  title: string;
  lang: string;
}

interface Props {
  previous: PagerLink | null;
  next: PagerLink | null;
  labels: { previous: string; next: string };
  uiLocale: string;
}

/**
 * Previous / next section links, so a phone reader can move on without the navigator.
 * They sit in the RTL body, so "previous" is on the right and its arrow points right.
 */
export function SectionPager({ previous, next, labels, uiLocale }: Props) {
  const item = (link: PagerLink, label: string, direction: 'previous' | 'next') => (
    <a
      href={`#${link.id}`}
      className={`group max-w-[48%] rounded-md px-2 py-1 hover:bg-card ${direction === 'next' ? 'ms-auto text-end' : ''}`}
    >
      <span className="block text-xs text-muted">
        {direction === 'previous' && <span aria-hidden="true">→ </span>}
        <bdi lang={uiLocale}>{label}</bdi>
        {direction === 'next' && <span aria-hidden="true"> ←</span>}
      </span>
      <span lang={link.lang} className="block leading-[1.8] text-accent group-hover:underline">
        {link.title}
      </span>
    </a>
  );
  return (
    <div className="mt-6 flex gap-4 border-t border-rule pt-3 text-sm print:hidden">
      {previous && item(previous, labels.previous, 'previous')}
      {next && item(next, labels.next, 'next')}
    </div>
  );
}
