import { expect, test } from '@playwright/test';
import { ReaderPage } from '../helpers/ReaderPage';

// Visual baselines (npm run test:visual; refresh with -- --update-snapshots after a deliberate change).
for (const summary of ['off', 'on'] as const) {
  test(`the reader looks as it should, summaries ${summary}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    const reader = await new ReaderPage(page).open(`?summary=${summary}`);
    await page.evaluate(() => document.fonts.ready);
    await expect(page).toHaveScreenshot(`reader-summary-${summary}.png`, { maxDiffPixelRatio: 0.01 });
    await reader.scrollToSection('production-lines');
    await reader.scrollSettled();
    await expect(page).toHaveScreenshot(`reader-summary-${summary}-mid-article.png`, { maxDiffPixelRatio: 0.01 });
  });
}
