import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, ReaderPage } from './helpers/ReaderPage';

const FIRST_SUMMARY = /Speaking at the NATO Industry Forum/;

function englishSummaries(page: Page) {
  // The article's sections (the corrections at its foot speak the UI's language, not a summary).
  return page.locator('section:not(#corrections) [lang="en"][dir="ltr"]').filter({ visible: true });
}

for (const locale of ['ar', 'en'] as const) {
  test.describe(`English summary toggle (${locale} UI)`, () => {
    test('is off by default, and Space and Enter turn it on and off @smoke', async ({ page }) => {
      const reader = await new ReaderPage(page, locale).open();
      await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'false');
      await expect(reader.summaryToggle).toContainText('8/8');
      await expect(page.getByText(FIRST_SUMMARY)).toBeHidden();
      await expect(englishSummaries(page)).toHaveCount(0);

      await reader.summaryToggle.focus();
      await page.keyboard.press('Space');
      await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByText(FIRST_SUMMARY)).toBeVisible();
      await expect(englishSummaries(page)).toHaveCount(8);

      await page.keyboard.press('Enter');
      await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByText(FIRST_SUMMARY)).toBeHidden();
    });

    test(
      'a copied link and a reload keep the summaries on; the language switch keeps them too',
      { tag: '@desktop-only' },
      async ({ page }) => {
        const reader = await new ReaderPage(page, locale).open();
        await reader.summaryToggle.click();
        await expect(page).toHaveURL(/\?summary=on/);
        const copied = page.url();

        await page.reload();
        await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
        await expect(page.getByText(FIRST_SUMMARY)).toBeVisible();

        const other = await page.context().newPage();
        await other.goto(copied);
        await expect(other.getByText(FIRST_SUMMARY)).toBeVisible();
        await other.close();

        await reader.languageSwitch.click();
        await expect(page).toHaveURL(/\?summary=on/);
        await expect(page.getByText(FIRST_SUMMARY)).toBeVisible();
      },
    );
  });
}

test(
  'the choice is remembered for the next visit, without a flash of the wrong view',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const reader = await new ReaderPage(page).open();
    await reader.summaryToggle.click();
    // The next visit has no query: the remembered choice is applied before the first paint.
    await page.goto(reader.path, { waitUntil: 'commit' });
    await page.waitForLoadState('domcontentloaded');
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('section [lang="en"]')!).display),
    ).not.toBe('none');
    await expect(page.getByText(FIRST_SUMMARY)).toBeVisible();
  },
);

test(
  'on wide screens each summary sits left of its Arabic section, tops aligned',
  { tag: '@desktop-only' },
  async ({ page }) => {
    const reader = await new ReaderPage(page).open('?summary=on');
    test.skip(reader.isPhone, 'side by side is for wide screens');
    const sections = reader.sections;
    await expect(sections).toHaveCount(8);
    for (let i = 0; i < 8; i++) {
      const section = sections.nth(i);
      const arabic = await section.getByRole('heading', { level: 2 }).boundingBox();
      const english = await section.locator('[lang="en"][dir="ltr"]').boundingBox();
      expect(arabic).not.toBeNull();
      expect(english).not.toBeNull();
      expect(english!.x + english!.width).toBeLessThan(arabic!.x);
      expect(Math.abs(english!.y - arabic!.y)).toBeLessThanOrEqual(4);
      // A long summary never runs into the next section.
      if (i < 7) {
        const next = await sections.nth(i + 1).boundingBox();
        expect(english!.y + english!.height).toBeLessThanOrEqual(next!.y);
      }
    }
  },
);

for (const width of [320, 390]) {
  test(
    `on a ${width} px phone each summary fits the screen, under its heading`,
    { tag: '@phone-only' },
    async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const reader = await new ReaderPage(page).open('?summary=on');
      await expectNoHorizontalScroll(page);
      for (let i = 0; i < 8; i++) {
        const section = reader.sections.nth(i);
        const heading = await section.getByRole('heading', { level: 2 }).boundingBox();
        const card = await section.locator('[lang="en"][dir="ltr"]').boundingBox();
        expect(card!.x).toBeGreaterThanOrEqual(0);
        expect(card!.x + card!.width).toBeLessThanOrEqual(width);
        expect(card!.y).toBeGreaterThan(heading!.y);
      }
    },
  );
}

test('mid-article, toggling keeps the paragraph being read where it was on screen', async ({ page }) => {
  const reader = await new ReaderPage(page).open();
  await reader.scrollToSection('production-lines');
  // The Arabic text's first paragraph (the English summary's come first in the section when on).
  const paragraph = reader.section('production-lines').locator('.section-text').getByRole('paragraph').first();
  const before = (await paragraph.boundingBox())!.y;
  for (let round = 0; round < 2; round++) {
    // The toggle is far above, out of view: clicked as a keyboard user would reach it.
    await reader.summaryToggle.evaluate((button: HTMLElement) => button.click());
    await expect(paragraph).toBeInViewport();
    expect(Math.abs((await paragraph.boundingBox())!.y - before)).toBeLessThanOrEqual(4);
  }
});

for (const locale of ['ar', 'en'] as const) {
  test(`at the top, the toggle stays under the pointer as the summaries come and go (${locale})`, async ({ page }) => {
    const reader = await new ReaderPage(page, locale).open();
    const before = (await reader.summaryToggle.boundingBox())!.y;
    for (let round = 0; round < 2; round++) {
      await reader.summaryToggle.click();
      await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', round === 0 ? 'true' : 'false');
      await expect(reader.summaryToggle).toBeInViewport();
      expect(Math.abs((await reader.summaryToggle.boundingBox())!.y - before)).toBeLessThanOrEqual(4);
    }
  });
}

test(
  'in both UIs the English goes left: the article summary as every section summary',
  { tag: '@desktop-only' },
  async ({ page }) => {
    for (const locale of ['ar', 'en'] as const) {
      const reader = await new ReaderPage(page, locale).open('?summary=on');
      test.skip(reader.isPhone, 'side by side is for wide screens');
      const header = page.locator('main article > header');
      const headline = (await header.getByRole('heading', { level: 1 }).boundingBox())!;
      const card = (await header.locator('.summary-card').boundingBox())!;
      expect(card.x + card.width, locale).toBeLessThan(headline.x);
    }
  },
);

test('a section without a summary says so, and the toggle counts it', { tag: '@desktop-only' }, async ({ page }) => {
  test.skip(!!process.env.BASE_URL, 'the fixture article exists only in the local test build');
  const reader = await new ReaderPage(page, 'en', 'fixture-missing-summary').open('?summary=on');
  await expect(reader.summaryToggle).toContainText('1/2');
  const missing = page.getByText('No English summary for this section yet.');
  await expect(missing).toBeVisible();
  // Never italic (Arabic has none, and the Arabic UI says it in Arabic): a dashed card instead.
  expect(await missing.evaluate((element) => getComputedStyle(element).fontStyle)).toBe('normal');
  await expect(page.getByText(/Only the lead of this test article/)).toBeVisible();
});
