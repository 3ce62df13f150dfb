import type { Locator, Page } from '@playwright/test';

/** Presses Tab (or `key`) until `target` has focus, failing if it is not reached in `limit` presses. */
export async function tabTo(page: Page, target: Locator, key = 'Tab', limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
