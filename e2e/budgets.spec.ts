import { expect, test, type Page } from '@playwright/test';
import { HTML_BUDGET } from './helpers/budgets';
import { SEED_SLUG } from './helpers/ReaderPage';
import { everythingLoaded } from './helpers/ready';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // Bytes on the wire are deterministic, so CI can hold them to budgets; times are left to `npm run bench`.
  const KiB = 1024;
  // HTML: see helpers/budgets.ts.
  const BUDGET = { html: HTML_BUDGET, js: 150 * KiB, fonts: 80 * KiB };
  async function wireBytes(page: Page, path: string) {
    const sizes = { html: 0, js: 0, css: 0, fonts: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then(({ responseBodySize }) => {
          const type = request.resourceType();
          if (type === 'document') sizes.html += responseBodySize;
          else if (type === 'script') sizes.js += responseBodySize;
          else if (type === 'stylesheet') sizes.css += responseBodySize;
          else if (type === 'font') sizes.fonts += responseBodySize;
        }),
      );
    });
    await page.goto(path);
    await everythingLoaded(page);
    await Promise.all(pending);
    return sizes;
  }

  for (const path of [`/ar/articles/${SEED_SLUG}`, `/en/articles/${SEED_SLUG}?summary=on`, '/ar']) {
    test(`${path} stays within the byte budgets`, async ({ page }) => {
      const sizes = await wireBytes(page, path);
      test.info().annotations.push({ type: 'bytes', description: JSON.stringify(sizes) });
      console.log(`${path}: ${JSON.stringify(sizes)}`);
      expect(sizes.html).toBeGreaterThan(0);
      expect(sizes.html).toBeLessThanOrEqual(BUDGET.html);
      expect(sizes.js).toBeLessThanOrEqual(BUDGET.js);
      expect(sizes.fonts).toBeLessThanOrEqual(BUDGET.fonts);
    });
  }
});
