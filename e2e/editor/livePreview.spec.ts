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

// Ten problems in one article, each of a kind the parser finds: all are listed at once.
const BROKEN_TAIL = [
  ['## قسم أول {#twice}', '', 'نص القسم.', ''],
  ['## قسم مكرر {#twice}', '', 'نص القسم.', ''],
  ['## قسم بمعرف خاطئ {#Bad-Id}', '', 'نص القسم.', ''],
  ['### عنوان فرعي', ''],
  ['> اقتباس لا يدعمه النص', ''],
  ['- عنصر قائمة', ''],
  ['1. عنصر مرقم', ''],
  ['نص فيه <!-- ملاحظة --> داخل الفقرة.', ''],
  ['## قسم فارغ {#empty-one}', ''],
  ['## قسم بعده {#after-empty}', '', 'نص القسم الأخير.', ''],
  ['<!-- ملاحظة لم تغلق', ''],
].flat();
const TEN_PROBLEMS = [
  ':13: section id "Commitments" must be lowercase ASCII letters, digits and hyphens',
  ':21: duplicate section id "twice" (first used on line 17)',
  ':25: section id "Bad-Id" must be lowercase ASCII letters, digits and hyphens',
  ':29: a level-3 heading (sections use "## ")',
  ':31: unsupported Markdown (blockquote); write plain paragraphs and "## " headings',
  ':33: unsupported Markdown (list); write plain paragraphs and "## " headings',
  ':35: unsupported Markdown (list); write plain paragraphs and "## " headings',
  ':37: a comment inside a paragraph would be shown to readers: put it on its own line',
  ':45: a comment must open and close on one line: <!-- … -->',
  ':39: section "empty-one" is empty: add its text or remove the heading',
];

test('ten content errors in one article show in the page, each with file, line and reason, and clear once fixed', async ({
  page,
}) => {
  await page.goto('/en/articles/fixture-live-edit');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: LIVE })).toBeVisible({ timeout: 20_000 });

  writeFileSync(file, `${original.replace('{#commitments}', '{#Commitments}')}\n${BROKEN_TAIL.join('\n')}`);
  // In the page's own error page, one line each (CSS locators: when Next's dev overlay opens as
  // a modal it hides the page from role queries, though the page is still there behind it).
  const listed = page.locator('main pre');
  await expect(listed).toBeVisible({ timeout: 20_000 });
  const lines = (await listed.innerText()).split('\n');
  expect(lines).toEqual(
    TEN_PROBLEMS.map((problem) => `e2e/fixtures/content/fixture-live-edit/article.ar.md${problem}`),
  );
  // The error page keeps listening for the fix.
  await expect(page.locator('main [role="status"]').filter({ hasText: LIVE })).toBeAttached({ timeout: 20_000 });

  writeFileSync(file, original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مقال تجريبي للتعديل الحي', { timeout: 20_000 });
  await expect(listed).toHaveCount(0);
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
