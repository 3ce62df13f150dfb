import { expect, test } from '@playwright/test';
import { expectNoViolations } from './helpers/axe';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';

for (const locale of ['ar', 'en'] as const) {
  test.describe(`accessibility (${locale} UI)`, () => {
    for (const path of ['', '/page/2', '/topics/nato', `/articles/${SEED_SLUG}/history/1/2`]) {
      // The list pages share one template: a phone checks the first, a desktop every kind.
      const tag = path ? ['@desktop-only'] : [];
      test(`the page /${locale}${path} has no WCAG 2.2 AA violations`, { tag }, async ({ page }) => {
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

    // Themes change colours, devices the layout: every theme on a desktop, the dark one on a phone too.
    for (const theme of ['light', 'dark', 'sepia']) {
      const tag = theme === 'dark' ? [] : ['@desktop-only'];
      test(
        `the reader in the ${theme} theme, summaries on, has no WCAG 2.2 AA violations`,
        { tag },
        async ({ page }) => {
          await page.addInitScript((value) => localStorage.setItem('qari:theme', value), theme);
          await new ReaderPage(page, locale).open('?summary=on');
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await expectNoViolations(page);
        },
      );
    }

    test('the not-found page has no WCAG 2.2 AA violations', { tag: '@desktop-only' }, async ({ page }) => {
      await page.goto(`/${locale}/articles/missing`);
      await expectNoViolations(page);
    });
  });
}
