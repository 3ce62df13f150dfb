import type { Page } from '@playwright/test';

/** Selects `phrase` (words of the paragraph's own text) in the first paragraph of a section, as a reader's drag would. */
export async function selectPhrase(page: Page, sectionId: string, phrase: string) {
  await page
    .locator(`section#${sectionId} .reader-p`)
    .first()
    .evaluate((paragraph, wanted) => {
      const text = paragraph.firstChild!;
      const start = text.textContent!.indexOf(wanted);
      if (start < 0) throw new Error(`no "${wanted}" in the paragraph`);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, phrase);
}
