import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copyBuild, startAppServer, stopAppServer } from './helpers/appServer';
import { SEED_SLUG } from './helpers/ReaderPage';
import { expectSecurityHeaders } from './helpers/securityHeaders';
import { PORTS } from './helpers/ports';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // A broken deploy: a copy of the e2e build whose article page module throws when loaded, served
  // by `npm start`'s server on a port of its own. Next alone answers such a request with a plain
  // "Internal Server Error" that an edge may cache for an hour; readers must get a page instead.
  const BROKEN_DIR = '.next-broken-e2e';
  const PORT = PORTS.serverError;
  const origin = `http://127.0.0.1:${PORT}`;
  let server: ChildProcess | undefined;

  test.skip(!!process.env.BASE_URL, 'breaks a local copy of the build');
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(120_000);
    copyBuild(BROKEN_DIR);
    writeFileSync(
      path.join(BROKEN_DIR, 'server', 'app', '[locale]', 'articles', '[slug]', 'page.js'),
      "throw new Error('a broken deploy (e2e/server-error.spec.ts)');\n",
    );
    server = await startAppServer(PORT, BROKEN_DIR);
  });

  test.afterAll(async () => {
    await stopAppServer(server);
    rmSync(BROKEN_DIR, { recursive: true, force: true });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const [locale, dir, title, back] of [
      ['ar', 'rtl', 'تعذّر عرض الصفحة', 'العودة إلى المكتبة'],
      ['en', 'ltr', 'Something went wrong', 'Back to the library'],
    ] as const) {
      test(`an article that cannot be rendered (${locale}) answers 5xx with a readable, localized page`, async ({
        page,
      }) => {
        const response = await page.goto(`${origin}/${locale}/articles/${SEED_SLUG}`);
        expect(response?.status()).toBe(500);
        const headers = response!.headers();
        expect(headers['cache-control']).toBe('no-store');
        expectSecurityHeaders(headers, `/${locale} error page`);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        await expect(page).toHaveTitle(new RegExp(`^${title}`));
        await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        await expect(page.getByRole('link', { name: back })).toHaveAttribute('href', `/${locale}`);
        await expect(page.getByText(/Internal Server Error|a broken deploy/)).toHaveCount(0);
      });
    }

    test('the rest of the site still reads', async ({ page }) => {
      const response = await page.goto(`${origin}/ar`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
});
