import type { BrowserContext, Page } from '@playwright/test';

type Watched = { shifts: number };

/** Sums every layout shift of each page the target opens, from its first frame. */
export function watchLayoutShifts(target: Page | BrowserContext) {
  return target.addInitScript(() => {
    (window as unknown as Watched).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        (window as unknown as Watched).shifts += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far on the open page (watchLayoutShifts). */
export const layoutShifts = (page: Page) => page.evaluate(() => (window as unknown as Watched).shifts);

/** Starts the sum again: what moves from here on is measured alone. */
export const resetLayoutShifts = (page: Page) => page.evaluate(() => ((window as unknown as Watched).shifts = 0));
