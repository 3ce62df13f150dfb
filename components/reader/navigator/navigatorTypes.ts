import type { Messages } from 'next-intl';
import type { SectionLink } from './sectionLinks';

/** The 1px marker at the very end of the page: in view only when it can scroll no further. */
export const PAGE_END_ID = 'page-end';

/** One navigator entry, computed on the server from the parsed article. */
export interface NavigatorEntry extends SectionLink {
  /** The section's English title, shown under it in the English UI. */
  english: string | null;
}

export type NavigatorLabels = Pick<Messages['SectionNavigator'], 'title' | 'open' | 'close'> & {
  /** One string per position, "Section 3 of 8", formatted on the server. */
  progress: string[];
};
