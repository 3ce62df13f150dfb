import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ReaderPage } from './helpers/ReaderPage';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const locale of ['ar', 'en'] as const) {
  test.describe(`accessibility (${locale} UI)`, () => {
    for (const path of ['', '/page/2', '/topics/nato']) {
      test(`the library page /${locale}${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expectNoViolations(page);
      });
    }

    test('search with its results open has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole('searchbox').fill(locale === 'ar' ? 'روته' : 'rutte');
      await expect(page.locator('#site-search-results').getByRole('link').first()).toBeVisible();
      await expectNoViolations(page);
    });

    // Summaries on are checked in every theme below (the system theme is the light one here).
    test('the reader with summaries off has no WCAG 2.2 AA violations', async ({ page }) => {
      await new ReaderPage(page, locale).open('?summary=off');
      await expectNoViolations(page);
    });

    test('the phone navigator dialog, open, has no WCAG 2.2 AA violations', async ({ page }) => {
      const reader = await new ReaderPage(page, locale).open();
      test.skip(!reader.isPhone, 'the dialog is the phone navigator');
      await reader.navigatorButton.click();
      await expect(reader.dialog).toBeVisible();
      await expectNoViolations(page);
    });

    for (const theme of ['light', 'dark', 'sepia']) {
      test(`the reader in the ${theme} theme, summaries on, has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.addInitScript((value) => localStorage.setItem('qari:theme', value), theme);
        await new ReaderPage(page, locale).open('?summary=on');
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoViolations(page);
      });
    }

    test('the not-found page has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto(`/${locale}/articles/missing`);
      await expectNoViolations(page);
    });
  });
}
