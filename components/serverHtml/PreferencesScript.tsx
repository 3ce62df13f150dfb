'use client';

import { serverHtml } from '#server-html';

/** Runs before the first paint; its text is in the HTML only, never in React's payload or bundle. */
export function PreferencesScript() {
  return <script suppressHydrationWarning dangerouslySetInnerHTML={{ __html: serverHtml?.preferencesScript ?? '' }} />;
}
