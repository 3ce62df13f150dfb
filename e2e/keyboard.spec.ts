import { expect, test } from '@playwright/test';
import { tabTo } from './helpers/keyboard';
import { ReaderPage } from './helpers/ReaderPage';

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
