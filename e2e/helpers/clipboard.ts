import type { Page } from '@playwright/test';

// The clipboard is the boundary: a stand-in, installed before the page loads, records what the
// page asked it to hold.
export async function recordClipboard(page: Page) {
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => void copied.push(text) },
    });
  });
}

/** What the page has written to the clipboard, in order. */
export const clipboardWrites = (page: Page) => page.evaluate(() => (window as unknown as { copied: string[] }).copied);
