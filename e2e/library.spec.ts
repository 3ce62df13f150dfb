import { expect, test } from '@playwright/test';
import { ReaderPage } from './helpers/ReaderPage';
import { readSeed } from '../lib/content/testing/seedFixture';

test('the Arabic library lists the seed article and opens it @smoke', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  const link = page.getByRole('link', { name: /مارك روته/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new ReaderPage(page).path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('مارك روته');
});

test('the English library adds the English headline and summary', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: /Mark Rutte calls for closer NATO/ });
  await expect(card).toHaveCount(1);
  await expect(card.getByText(/At the NATO Industry Forum in Bucharest/)).toBeVisible();
  await expect(card.getByText(readSeed().author, { exact: true })).toBeVisible();
});
