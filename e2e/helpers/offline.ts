import { expect, type Page } from '@playwright/test';

/** Waits until this device keeps `page`'s current address and its stylesheet, as the worker saves them. */
export async function savedForOffline(page: Page) {
  const path = new URL(page.url()).pathname;
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
  await expect
    .poll(
      () =>
        page.evaluate(
          async ([address, css]) => {
            const names = await caches.keys();
            const has = async (prefix: string, key: string) => {
              for (const name of names.filter((n) => n.startsWith(prefix))) {
                if (await (await caches.open(name)).match(key)) return true;
              }
              return false;
            };
            return (await has('qari-pages-', address!)) && (await has('qari-files-', css!));
          },
          [path, stylesheet],
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
}
