import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BUILD_ENV } from './buildEnv.mjs';
import { SEED_SLUG } from './helpers/ReaderPage';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // The editor's review view lives in `next dev` only (e2e/editor/review.spec.ts).
  const MARKER = 'qari-review';

  test('a production article page has no review switch and no review notes', async ({ page }) => {
    const response = await page.goto(`/en/articles/${SEED_SLUG}`);
    expect(await response!.text()).not.toContain(MARKER);
    await expect(page.getByRole('switch')).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: /Review findings|ملاحظات المراجعة/ })).toHaveCount(0);
  });

  test('no file of the production build carries the review view', async ({}, testInfo) => {
    test.skip(!!process.env.BASE_URL || testInfo.project.name !== 'desktop', 'reads the local build once');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
      );
    const built = [
      ...files(path.join(E2E_BUILD_ENV.QARI_DIST_DIR, 'static')),
      ...files(path.join(E2E_BUILD_ENV.QARI_DIST_DIR, 'server')).filter((file) => /\.(html|rsc|js)$/.test(file)),
    ];
    expect(built.length).toBeGreaterThan(50);
    expect(built.filter((file) => readFileSync(file, 'utf8').includes(MARKER))).toEqual([]);
  });
});
