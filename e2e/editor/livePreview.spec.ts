import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openLibraryPageWith } from '../helpers/libraryPages';

// These flows drive `next dev`, the editors' preview, and edit a fixture article on disk.
const file = path.join(__dirname, '..', 'fixtures', 'content', 'fixture-live-edit', 'article.ar.md');
const original = readFileSync(file, 'utf8');

test.describe.configure({ mode: 'serial' });
test.afterEach(() => writeFileSync(file, original));

const LIVE = /Live preview|معاينة حية/;

test('saving the article updates the open page without a reload @smoke', async ({ page }) => {
  await page.goto('/ar/articles/fixture-live-edit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال تجريبي للتعديل الحي');
  await expect(page.getByRole('status').filter({ hasText: LIVE })).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => Object.assign(window, { stillTheSameDocument: true }));

  writeFileSync(file, original.replace('مقال تجريبي للتعديل الحي', 'عنوان عدّله المحرر للتو'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('عنوان عدّله المحرر للتو', { timeout: 20_000 });
  expect(await page.evaluate(() => 'stillTheSameDocument' in window)).toBe(true);
});

test('an edited paragraph and a new section appear in the open page, and the navigator follows', async ({ page }) => {
  await page.goto('/ar/articles/fixture-live-edit');
  await expect(page.getByRole('status').filter({ hasText: LIVE })).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() => Object.assign(window, { stillTheSameDocument: true }));

  const edited = original
    .replace('أكد الأمين العام أن قمة لاهاي', 'فقرة عدّلها المحرر: أكد الأمين العام أن قمة لاهاي')
    .concat('\n## قسم أضافه المحرر {#added}\n\nنص القسم الذي أضافه المحرر للتو.\n');
  writeFileSync(file, edited);
  const body = page.locator('main [lang="ar"][dir="rtl"]');
  await expect(body.getByText(/^فقرة عدّلها المحرر: أكد الأمين العام/)).toBeVisible({ timeout: 20_000 });
  await expect(body.getByRole('heading', { name: 'قسم أضافه المحرر' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'قسم أضافه المحرر' })).toBeAttached();
  expect(await page.evaluate(() => 'stillTheSameDocument' in window)).toBe(true);
});

test('a content error shows in the page with file, line and reason, and clears once fixed', async ({ page }) => {
  await page.goto('/en/articles/fixture-live-edit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: LIVE })).toBeVisible({ timeout: 20_000 });

  writeFileSync(file, original.replace('{#commitments}', '{#Commitments}'));
  // Shown by our error page and by Next's dev overlay, whichever is in front.
  const reason = page.getByText(
    /fixture-live-edit\/article\.ar\.md:13: section id "Commitments" must be lowercase ASCII letters, digits and hyphens/,
  );
  await expect(reason.first()).toBeVisible({ timeout: 20_000 });
  // The error page keeps listening for the fix. (A CSS locator: when Next's dev overlay opens as a
  // modal it hides the page from role queries, though the page is still there behind it.)
  await expect(page.locator('main [role="status"]').filter({ hasText: LIVE })).toBeAttached({ timeout: 20_000 });

  writeFileSync(file, original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال تجريبي للتعديل الحي', { timeout: 20_000 });
  await expect(reason).toHaveCount(0);
});

test('a draft is previewed in development, with a visible Draft badge', async ({ page }) => {
  const response = await page.goto('/en/articles/fixture-draft');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  // Undated, the draft is listed after every dated article: on the library's last page.
  const draft = page.getByRole('link', { name: 'A test draft not yet published' });
  await openLibraryPageWith(page, 'en', draft);
  await expect(draft).toBeVisible();
});

test('the live preview pill sits in a corner, never over the reading column, and can be hidden', async ({ page }) => {
  await page.goto('/en/articles/fixture-live-edit');
  const pill = page.getByRole('status').filter({ hasText: LIVE });
  await expect(pill).toBeVisible({ timeout: 20_000 });
  const column = (await page.locator('main article').boundingBox())!;
  const box = (await pill.boundingBox())!;
  // In the start corner (left in the English UI), clear of the article's text column.
  expect(box.x + box.width).toBeLessThanOrEqual(column.x);
  await pill.getByRole('button', { name: 'Hide' }).click();
  await expect(pill).toHaveCount(0);
});
