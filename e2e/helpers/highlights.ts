import type { Page } from '@playwright/test';

/** How many ranges the page asked the browser to draw as highlights: plain, and with a note. */
export const drawn = (page: Page) =>
  page.evaluate(() => [CSS.highlights.get('qari-highlight')?.size ?? 0, CSS.highlights.get('qari-note')?.size ?? 0]);
