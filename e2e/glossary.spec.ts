import { expect, test, type Page } from '@playwright/test';
import { readSeed } from '../lib/content/testing/seedFixture';
import { expectNoViolations } from './helpers/axe';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';
import { everythingLoaded } from './helpers/ready';

const LABEL = { ar: 'المسرد: معاني المصطلحات بالإنجليزية', en: 'Glossary: English meanings of key terms' };
const SETTINGS = { ar: 'إعدادات القراءة', en: 'Reading settings' };

async function glossaryOn(page: Page, locale: 'ar' | 'en') {
  await page.getByRole('button', { name: SETTINGS[locale] }).click();
  await page.getByRole('switch', { name: LABEL[locale] }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-glossary', 'on');
}

/** The first marked occurrence of a term in the lead. */
const termIn = (reader: ReaderPage, term: string) =>
  reader.section('lead').getByRole('button', { name: term, exact: true }).first();

test('off by default: nothing marked, nothing loaded, no extra stop for the keyboard; off again undoes it', async ({
  page,
}) => {
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  const reader = await new ReaderPage(page, 'en').open();
  await everythingLoaded(page);
  await expect(page.locator('.gloss-term')).toHaveCount(0);
  expect(asked.filter((path) => path.startsWith('/glossary/'))).toEqual([]);

  await glossaryOn(page, 'en');
  await expect(termIn(reader, 'الأمين العام')).toBeVisible();
  expect(asked).toContain(`/glossary/${SEED_SLUG}.json`);
  await page.getByRole('button', { name: 'Reading settings' }).click();
  await page.getByRole('switch', { name: LABEL.en }).uncheck();
  await expect(page.locator('.gloss-term')).toHaveCount(0);
  await expect(reader.section('lead').locator('.reader-p').first()).toHaveText(readSeed().lead);
});

for (const locale of ['ar', 'en'] as const) {
  test(`turned on (${locale} UI): a tap shows the gloss near the term, Escape closes it, the Arabic is unchanged`, async ({
    page,
  }) => {
    const reader = await new ReaderPage(page, locale).open();
    await glossaryOn(page, locale);
    const term = termIn(reader, 'الأمين العام');
    expect(await term.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
    await term.click();
    const popover = page.getByRole('tooltip');
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('secretary general');
    await expect(popover).toContainText('al-amīn al-ʿāmm');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(term).toHaveAccessibleDescription(/secretary general/);
    // Near the term: just under it, or above when there is no room below.
    const [termBox, box] = [await term.boundingBox(), await popover.boundingBox()];
    expect(
      Math.min(Math.abs(box!.y - (termBox!.y + termBox!.height)), Math.abs(box!.y + box!.height - termBox!.y)),
    ).toBeLessThan(24);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    // The words are the article's, as written.
    await expect(reader.section('lead').locator('.reader-p').first()).toHaveText(readSeed().lead);
  });
}

test('keyboard: Tab reaches a term and its gloss shows; remembered on the next visit', async ({ page }) => {
  const reader = await new ReaderPage(page, 'en').open();
  await glossaryOn(page, 'en');
  // Marked whole, with the ل attached to it (لحلف): an element never starts inside a word.
  const term = termIn(reader, 'لحلف شمال الأطلسي');
  await term.focus();
  await expect(page.getByRole('tooltip')).toContainText('the North Atlantic Treaty Organization (NATO)');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-glossary', 'on');
  await expect(termIn(reader, 'الأمين العام')).toHaveAttribute('tabindex', '0');
});

test('a term is marked as a word, with its attached letters and whatever its tashkeel, never inside a longer word', async ({
  page,
}) => {
  const reader = await new ReaderPage(page, 'en').open();
  await glossaryOn(page, 'en');
  await expect(termIn(reader, 'الأمين العام')).toBeVisible();
  // The glossary writes أكّد with a shadda; most of the text writes أكد: each section that has
  // the verb marks it once, as the text writes it.
  const seed = readSeed();
  const withVerb = [seed.lead, ...seed.sections.map((section) => section.paragraph)].filter((text) =>
    /(^|\s)و?أكّ?د(\s|$)/.test(text),
  );
  const verbs = page.locator('.gloss-term').filter({ hasText: /^و?أكّ?د$/ });
  await expect(verbs).toHaveCount(withVerb.length);
  // الابتكار stands in والابتكار (marked, with its و), never inside the adjective والابتكارية.
  const visit = reader.section('bucharest-visit');
  await expect(visit.locator('.reader-p')).toContainText('والابتكارية');
  await expect(visit.locator('.gloss-term').filter({ hasText: 'الابتكار' })).toHaveCount(0);
  await expect(
    reader
      .section('pillars-of-action')
      .locator('.gloss-term')
      .filter({ hasText: /^والابتكار$/ }),
  ).toHaveCount(1);
});

// Themes change colours, devices the layout: every theme on a desktop, the light one on a phone too.
for (const theme of ['light', 'dark', 'sepia'] as const) {
  const tag = theme === 'light' ? [] : ['@desktop-only'];
  test(`a gloss open has no WCAG 2.2 AA violations (${theme} theme)`, { tag }, async ({ page }) => {
    await page.addInitScript((chosen) => localStorage.setItem('qari:theme', chosen), theme);
    const reader = await new ReaderPage(page, 'en').open();
    await glossaryOn(page, 'en');
    await termIn(reader, 'الأمين العام').click();
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expectNoViolations(page);
  });
}
