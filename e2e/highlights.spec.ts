import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readSeed } from '../lib/content/testing/seedFixture';
import { expectNoViolations } from './helpers/axe';
import { drawn } from './helpers/highlights';
import { ReaderPage } from './helpers/ReaderPage';
import { selectPhrase } from './helpers/selection';

// The reader's own copy: highlights and notes made from a selection, drawn over the verbatim
// text, kept on the device (IndexedDB), listed on "My highlights", exported and imported.
const SECTION = 'leaders-commitments';
const words = (from: number, to: number) => readSeed().sections[1]!.paragraph.split(' ').slice(from, to).join(' ');
const FIRST = words(3, 8);
const SECOND = words(12, 16);
const NOTE = 'ملاحظتي: رقم مهم للمقارنة';
const OPEN = /^تظليلاتك في هذا المقال/;

async function highlightAndNote(page: Page) {
  const reader = await new ReaderPage(page).open();
  await reader.section(SECTION).scrollIntoViewIfNeeded();
  await selectPhrase(page, SECTION, FIRST);
  await page.getByRole('button', { name: 'ظلِّل', exact: true }).click();
  await expect.poll(() => drawn(page)).toEqual([1, 0]);

  await selectPhrase(page, SECTION, SECOND);
  await page.getByRole('button', { name: 'ملاحظة', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'تظليلاتك وملاحظاتك في هذا المقال' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'ملاحظتك' }).fill(NOTE);
  await dialog.getByRole('button', { name: 'احفظ' }).click();
  await expect(dialog.getByText(NOTE)).toBeVisible();
  await expect.poll(() => drawn(page)).toEqual([1, 1]);
  await dialog.getByRole('button', { name: 'إغلاق' }).click();
  return reader;
}

test('a passage highlighted and another noted are drawn over the text, unchanged, and are there after a reload', async ({
  page,
}) => {
  const reader = await highlightAndNote(page);
  await page.reload();
  await expect.poll(() => drawn(page)).toEqual([1, 1]);
  // Drawn without an element in the text: the paragraph is the seed's, character for character.
  await expect(reader.section(SECTION).locator('.reader-p').first()).toHaveText(readSeed().sections[1]!.paragraph);
  await page.getByRole('button', { name: OPEN }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog.getByRole('listitem').filter({ hasText: FIRST })).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: SECOND })).toContainText(NOTE);
  await expectNoViolations(page);
});

test(
  'My highlights, opened by a reader who keeps none, says so and leaves no database behind',
  { tag: '@desktop-only' },
  async ({ page }) => {
    await page.goto('/ar/highlights');
    await expect(page.getByText('لم تظلّل شيئًا بعد.', { exact: false })).toBeVisible();
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
    expect(databases).not.toContain('qari');
  },
);

test('keyboard only: the list opens, a note is edited and a highlight deleted', async ({ page }) => {
  await highlightAndNote(page);
  const open = page.getByRole('button', { name: OPEN });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const noted = dialog.getByRole('listitem').filter({ hasText: SECOND });
  await noted.getByRole('button', { name: 'عدّل الملاحظة' }).focus();
  await page.keyboard.press('Enter');
  const field = noted.getByRole('textbox', { name: 'ملاحظتك' });
  await expect(field).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('ملاحظة معدّلة');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(noted).toContainText('ملاحظة معدّلة');
  await dialog.getByRole('listitem').filter({ hasText: FIRST }).getByRole('button', { name: 'احذف' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect.poll(() => drawn(page)).toEqual([0, 1]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  // "Go to it" brings the focus to the passage's paragraph, not back to the list's button.
  await noted.getByRole('button', { name: 'اذهب إليه' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const focused = page.locator('.reader-p:focus');
  await expect(focused).toContainText(SECOND);
  await expect(focused).toBeInViewport();
});

test(
  'My highlights: listed by article, exported as Markdown and JSON, imported into a fresh profile; a malformed file changes nothing',
  { tag: '@desktop-only' },
  async ({ page, browser }) => {
    await highlightAndNote(page);
    await page.goto('/ar/highlights');
    await expect(page.getByRole('heading', { level: 1, name: 'تظليلاتي' })).toBeVisible();
    const article = page.getByRole('region', { name: /مارك روته يدعو من بوخارست/ });
    await expect(article.getByRole('listitem')).toHaveCount(2);
    const link = article.getByRole('link', { name: FIRST });
    await expect(link).toHaveAttribute('href', new RegExp(`^/ar/articles/[a-z-]+#${SECTION}:~:text=`));

    // Dated in the reader's digits and calendar, as everywhere (e2e/numerals-calendar.spec.ts).
    const dated = article.getByRole('listitem').first();
    await expect(dated.locator('time')).toHaveText(/\d/, { useInnerText: true });
    await expect(dated.locator('.hijri')).toBeHidden();
    await page.evaluate(() => {
      localStorage.setItem('qari:digits', 'arab');
      localStorage.setItem('qari:hijri', 'on');
    });
    await page.reload();
    await expect(dated.locator('time')).toHaveText(/^[^\d]*[٠-٩][^\d]*$/, { useInnerText: true });
    await expect(dated.locator('.hijri')).toBeVisible();
    // The English page too: the same digits, the Hijri date in English.
    await page.goto('/en/highlights');
    const english = page
      .getByRole('region', { name: /مارك روته/ })
      .getByRole('listitem')
      .first();
    await expect(english.locator('time')).toHaveText(/^[^\d]*[٠-٩][^\d]*$/, { useInnerText: true });
    await expect(english.locator('.hijri')).toContainText(/AH, approximately/);
    await page.goto('/ar/highlights');

    const saved = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const markdown = await saved('صدّر بصيغة Markdown');
    expect(markdown).toContain(`> ${FIRST}`);
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain(`#${SECTION}:~:text=`);
    const json = await saved('صدّر بصيغة JSON');
    const exported = JSON.parse(json) as { type: string; target: { selector: { refinedBy: { exact?: string }[] } } }[];
    expect(exported.map((item) => item.type)).toEqual(['Annotation', 'Annotation']);
    expect(exported.map((item) => item.target.selector.refinedBy[0]!.exact).sort()).toEqual([FIRST, SECOND].sort());
    await expectNoViolations(page);

    // Another profile, nothing kept: the JSON brings both back; a broken file is refused, whole.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/ar/highlights');
    await expect(other.getByText('لم تظلّل شيئًا بعد')).toBeVisible();
    const input = other.getByLabel('استورد ملف JSON');
    await input.setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect(other.getByRole('status')).toContainText('استُورد 2');
    await expect(other.getByRole('region', { name: /مارك روته/ }).getByRole('listitem')).toHaveCount(2);
    const broken = json.replace('"TextQuoteSelector"', '"Quote"');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect(other.getByRole('status')).toContainText('تعذّر استيراد هذا الملف');
    await expect(other.getByRole('region', { name: /مارك روته/ }).getByRole('listitem')).toHaveCount(2);
    // The imported highlights are drawn in the article of that profile too.
    await new ReaderPage(other).open();
    await expect.poll(() => drawn(other)).toEqual([1, 1]);
    await fresh.close();
  },
);
