import type { Page } from '@playwright/test';
import { everythingLoaded } from './ready';

export interface LoadedScript {
  url: string;
  /** When the page asked for it, on the page's clock (performance.now). */
  at: number;
}

const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => /\.js(\?|$)/.test(entry.name))
      .map((entry) => ({ url: entry.name, at: entry.startTime })),
  );

/**
 * The scripts a page fetched for `action` and not before: code loaded on use. The page is let
 * settle first, so what its own load still fetches is not counted.
 */
export async function scriptsLoadedBy(page: Page, action: () => Promise<void>): Promise<LoadedScript[]> {
  await everythingLoaded(page);
  const before = new Set((await scripts(page)).map((script) => script.url));
  await action();
  return (await scripts(page)).filter((script) => !before.has(script.url));
}
