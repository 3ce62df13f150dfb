import type { ReactNode } from 'react';
import type { SectionLabels } from '@/components/reader/ArticleSection';
import type { Locale } from '@/i18n/routing';

/** What the server passes a region: the article's address and the UI's words, never its text. */
export type ServerHtmlPart =
  | { kind: 'articleHeadline'; slug: string; uiLocale: Locale; summaryLabel: string }
  | {
      kind: 'articleBody';
      slug: string;
      uiLocale: Locale;
      /** The UI's name for the lead, which has no heading in the content. */
      leadHeading: string;
      labels: SectionLabels;
    };

/**
 * HTML the browser needs but React never does: rendered during server-side rendering only, so
 * it travels once, as HTML, and not a second time in the React Server Components payload.
 * package.json `imports` maps `#server-html` to `null` in the browser bundle.
 */
export interface ServerHtml {
  /** A region's content, from the content files. */
  render(part: ServerHtmlPart): ReactNode;
  /** The head script that applies the reader's preferences before the first paint. */
  preferencesScript: string;
}
