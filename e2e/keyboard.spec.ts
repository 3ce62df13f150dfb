import { expect, test, type Locator, type Page } from '@playwright/test';
import { ReaderPage } from './helpers/ReaderPage';

/** Presses Tab (or `key`) until `target` has focus, failing if it is not reached in `limit` presses. */
async function tabTo(page: Page, target: Locator, key = 'Tab', limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('the keyboard alone reaches and uses the skip link, the navigator and the summary toggle', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'تخطَّ إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  if (reader.isPhone) {
    await tabTo(page, reader.navigatorButton);
    await page.keyboard.press('Enter');
    await expect(reader.dialog).toBeVisible();
  }
  const entry = reader.navigator.getByRole('link', { name: /أدوار القطاع الصناعي/ });
  await tabTo(page, entry);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#industry-roles$/);
  await expect(reader.section('industry-roles').getByRole('heading', { level: 2 })).toBeFocused();

  // Reading on from the heading, Tab reaches its copy-link button, then the previous / next links.
  await page.keyboard.press('Tab');
  await expect(reader.section('industry-roles').getByRole('button', { name: 'انسخ رابط هذا القسم' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reader.section('industry-roles').getByRole('link', { name: /القسم السابق/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(reader.section('industry-roles').getByRole('link', { name: /القسم التالي/ })).toBeFocused();

  await tabTo(page, reader.summaryToggle, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
});
