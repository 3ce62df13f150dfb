import { expect, test } from '@playwright/test';
import { collectConsoleErrors, expectNoHorizontalScroll, ReaderPage } from './helpers/ReaderPage';
import { readSeed } from '../lib/content/testing/seedFixture';
import { everythingLoaded } from './helpers/ready';

const seed = readSeed();

for (const locale of ['ar', 'en'] as const) {
  test.describe(`reading the seed article (${locale} UI)`, () => {
    test('shows one headline, the author and the body right-to-left in Arabic @smoke', async ({ page }) => {
      const errors = collectConsoleErrors(page);
      const reader = await new ReaderPage(page, locale).open();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByText(seed.author, { exact: true }).first()).toBeVisible();
      await expect(reader.body).toHaveCount(1);
      await expect(reader.sections).toHaveCount(8);
      await everythingLoaded(page);
      expect(errors).toEqual([]);
    });

    test(
      'renders the 7 headings and all 8 paragraphs of the seed verbatim and in order',
      { tag: '@desktop-only' },
      async ({ page }) => {
        const reader = await new ReaderPage(page, locale).open();
        const headings = reader.body.getByRole('heading', { level: 2 });
        await expect(headings).toHaveText([
          locale === 'ar' ? 'مقدمة' : 'Introduction',
          ...seed.sections.map((s) => s.heading),
        ]);
        await expect(reader.body.getByRole('paragraph')).toHaveText(seed.paragraphs);
      },
    );

    test('leaves out the "read more" stub lines that link nowhere', { tag: '@desktop-only' }, async ({ page }) => {
      await new ReaderPage(page, locale).open();
      for (const stub of seed.stubs) await expect(page.getByText(stub)).toHaveCount(0);
    });

    test('never scrolls sideways, even on a 320 px screen', { tag: '@phone-only' }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await new ReaderPage(page, locale).open();
      await expectNoHorizontalScroll(page);
    });
  });
}
