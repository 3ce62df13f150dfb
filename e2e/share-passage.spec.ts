import { expect, test } from '@playwright/test';
import { readSeed } from '../lib/content/testing/seedFixture';
import { clipboardWrites, recordClipboard } from './helpers/clipboard';
import { ReaderPage } from './helpers/ReaderPage';
import { staysAbsent } from './helpers/ready';
import { scriptsLoadedBy } from './helpers/scriptsLoaded';
import { selectPhrase } from './helpers/selection';

// Selecting a phrase offers a link to that passage (a text fragment on the section's address).
// The clipboard is the boundary: a stand-in records what the page asked it to hold.
const SECTION = 'leaders-commitments';

test('selecting a phrase offers a link to it that opens the article at its section', async ({ page, context }) => {
  await recordClipboard(page);
  const reader = await new ReaderPage(page).open();
  // Words of the seed itself: the third section's paragraph, as the editor received it.
  const paragraph = readSeed().sections[1]!.paragraph;
  const phrase = paragraph.split(' ').slice(3, 8).join(' ');
  await reader.section(SECTION).scrollIntoViewIfNeeded();
  await selectPhrase(page, SECTION, phrase);

  const offer = page.getByRole('button', { name: 'انسخ رابط هذا المقطع' });
  await expect(offer).toBeVisible();
  await offer.click();
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ الرابط' })).toBeAttached();
  const [link] = await clipboardWrites(page);
  expect(link).toBe(
    `${new URL(page.url()).origin}${reader.path}#${SECTION}:~:text=${encodeURIComponent(phrase).replace(/-/g, '%2D')}`,
  );
  // The selection is still there for the reader.
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);

  // Opened in a new page: at that section, the passage on screen (Chromium scrolls to it and
  // highlights it; a browser without text fragments goes to the section's top).
  const other = await context.newPage();
  await other.goto(link!);
  const opened = new ReaderPage(other);
  // What the page sees: the browser keeps the text directive to itself.
  expect(await other.evaluate(() => window.location.hash)).toBe(`#${SECTION}`);
  await expect(opened.section(SECTION).getByRole('heading', { level: 2 })).toBeInViewport();
  await expect(opened.section(SECTION).getByText(phrase)).toBeInViewport();
});

test('a selection outside the article text, or across two sections, offers nothing', async ({ page }) => {
  await recordClipboard(page);
  const reader = await new ReaderPage(page).open();
  const offer = page.getByRole('button', { name: 'انسخ رابط هذا المقطع' });
  await reader.section(SECTION).scrollIntoViewIfNeeded();
  // Each time, first a phrase the island offers (it is ready), then the selection it must not offer.
  const phrase = readSeed().sections[1]!.paragraph.split(' ').slice(3, 8).join(' ');
  const offered = async () => {
    await selectPhrase(page, SECTION, phrase);
    await expect(offer).toBeVisible();
  };

  await offered();
  await page.getByRole('heading', { level: 1 }).selectText();
  // Past the island's settle time (250 ms, as a selection is dragged).
  await staysAbsent(offer, 600);

  await offered();
  await page.evaluate(
    ([a, b]) => {
      const range = document.createRange();
      range.setStart(document.querySelector(`section#${a} .reader-p`)!.firstChild!, 0);
      range.setEnd(document.querySelector(`section#${b} .reader-p`)!.firstChild!, 5);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    },
    ['pillars-of-action', SECTION],
  );
  await staysAbsent(offer, 600);
});

test("the offer's code loads on the first selection, not with the page", { tag: '@desktop-only' }, async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await reader.section(SECTION).scrollIntoViewIfNeeded();
  // A click leaves a caret, not a selection: nothing to offer, nothing loaded.
  const onClick = await scriptsLoadedBy(page, () => reader.section(SECTION).getByRole('paragraph').first().click());
  expect(onClick).toEqual([]);
  const phrase = readSeed().sections[1]!.paragraph.split(' ').slice(3, 8).join(' ');
  const offer = page.getByRole('button', { name: 'انسخ رابط هذا المقطع' });
  const onSelect = await scriptsLoadedBy(page, async () => {
    await selectPhrase(page, SECTION, phrase);
    await expect(offer).toBeVisible();
  });
  expect(onSelect.length).toBeGreaterThanOrEqual(1);
});
