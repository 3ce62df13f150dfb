import { COPY_LINK_ATTRIBUTE } from '@/lib/browser/readerDom';

interface Props {
  sectionId: string;
  label: string;
}

/**
 * Copies the section's own address (with its #id). Plain markup: it lives in the static body,
 * where one listener (`SectionLinkCopier`) does the copying and fills the polite status.
 */
export function SectionLinkButton({ sectionId, label }: Props) {
  return (
    <span className="copy-link">
      <button type="button" {...{ [COPY_LINK_ATTRIBUTE]: sectionId }} aria-label={label} title={label}></button>
      <span role="status"></span>
    </span>
  );
}
