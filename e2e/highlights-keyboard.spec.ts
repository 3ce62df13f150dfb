import { expect, test } from '@playwright/test';
import { drawn } from './helpers/highlights';
import { tabTo } from './helpers/keyboard';
import { launchOptions } from './helpers/launch';
import { ReaderPage } from './helpers/ReaderPage';

// Keyboard readers select text with a caret (caret browsing, F7 in Chromium): this file's
// browser starts with one, so Shift and the arrows select as they would for them.
test.use({ launchOptions: { ...launchOptions, args: [...launchOptions.args, '--enable-caret-browsing'] } });

const SECTION = 'leaders-commitments';

test('keyboard only: a note is made from a selection made with Shift and the arrows', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  if (reader.isPhone) {
    await tabTo(page, reader.navigatorButton);
    await page.keyboard.press('Enter');
  }
  await tabTo(page, reader.navigator.getByRole('link', { name: /التزامات القادة/ }));
  await page.keyboard.press('Enter');
  await expect(reader.section(SECTION).getByRole('heading', { level: 2 })).toBeFocused();
  // Into the text, then a few words selected.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowLeft');
  const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
  expect(selected.length).toBeGreaterThan(3);
  // The offer takes the focus once the selection settles.
  await expect(page.getByRole('button', { name: 'ظلِّل', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'ملاحظة', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  const field = page.getByRole('dialog').getByRole('textbox', { name: 'ملاحظتك' });
  await expect(field).toBeFocused();
  await page.keyboard.type('ملاحظة بلوحة المفاتيح');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog').getByRole('listitem')).toContainText('ملاحظة بلوحة المفاتيح');
  await expect(page.getByRole('dialog').getByRole('listitem')).toContainText(selected);
  await expect.poll(() => drawn(page)).toEqual([0, 1]);
});
