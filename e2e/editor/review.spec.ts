import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The editor's review view in `next dev`: content:check's findings beside their sections.
const folder = path.join(__dirname, '..', 'fixtures', 'content', 'fixture-review');
const summaryFile = path.join(folder, 'summary.en.md');
const original = readFileSync(summaryFile, 'utf8');

test.describe.configure({ mode: 'serial' });
test.afterEach(() => writeFileSync(summaryFile, original));

const LIVE = /Live preview|معاينة حية/;
const MISMATCH = 'section "romania-plans": the summary mentions 3.6%, the Arabic has 3.5%, 2030';

test('the review switch shows each finding beside its section, with file and line, and follows saves', async ({
  page,
}) => {
  await page.goto('/en/articles/fixture-review');
  await expect(page.getByRole('status').filter({ hasText: LIVE })).toBeVisible({ timeout: 20_000 });
  const toggle = page.getByRole('switch', { name: "Editor's review: 2 findings" });
  await expect(toggle).not.toBeChecked();
  const note = page.locator('#romania-plans').getByRole('complementary', { name: 'Review findings' });
  await expect(note).toBeHidden();

  await toggle.check();
  await expect(note).toBeVisible();
  await expect(note).toContainText(MISMATCH);
  await expect(note).toContainText('e2e/fixtures/content/fixture-review/summary.en.md:9');
  const header = page.locator('article > header').getByRole('complementary', { name: 'Review findings' });
  await expect(header).toContainText('draft: not published');

  // The editor fixes the number and saves: the note goes, the count follows, the switch stays on.
  writeFileSync(summaryFile, original.replace('3.6%', '3.5%'));
  await expect(page.getByRole('switch', { name: "Editor's review: 1 finding" })).toBeChecked({ timeout: 20_000 });
  await expect(page.getByText(MISMATCH)).toHaveCount(0);
  await expect(header).toBeVisible();
});

test('the review speaks Arabic in the Arabic interface', async ({ page }) => {
  await page.goto('/ar/articles/fixture-review');
  await expect(page.getByRole('switch', { name: 'مراجعة المحرر: ملاحظتان' })).toBeVisible();
});
