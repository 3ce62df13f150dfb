import { expect, test, type Page } from '@playwright/test';
import { savedForOffline } from './helpers/offline';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';
import { installSpeech, spoken } from './helpers/speech';
import { readSeed } from '../lib/content/testing/seedFixture';

// This flow is about the service worker: it runs with it (elsewhere it is blocked).
test.use({ serviceWorkers: 'allow' });

// Reading offline: the service worker keeps what the reader opened. `context.setOffline` cuts
// the network for the page and its worker alike.
test.skip(!!process.env.BASE_URL, 'needs a build served over http on this machine');

test('an article opened once reads offline, navigator and summary toggle working, in both languages', async ({
  page,
  context,
}) => {
  const ar = await new ReaderPage(page).open();
  await savedForOffline(page);
  const en = await new ReaderPage(page, 'en').open();
  await savedForOffline(page);
  await page.goto('/ar');
  await savedForOffline(page);

  await context.setOffline(true);
  await ar.open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^مارك روته يدعو/);
  await expect(await ar.navigatorLinks()).toHaveCount(8);
  if (ar.isPhone) await page.keyboard.press('Escape');
  await ar.summaryToggle.click();
  await expect(ar.summaryToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('The Secretary General said The Hague summit set a course')).toBeVisible();
  // Styled, in its own font, as online: the face the headline is set in loaded from the saved files.
  const headlineFace = await page.evaluate(async () => {
    await document.fonts.ready;
    const first = getComputedStyle(document.querySelector('h1')!).fontFamily.split(',')[0]!;
    const family = first.trim().replace(/^["']|["']$/g, '');
    return {
      family,
      statuses: [...document.fonts]
        .filter((face) => face.family.replace(/["']/g, '') === family)
        .map((face) => face.status),
    };
  });
  expect(headlineFace.family).toMatch(/naskh/i);
  expect(headlineFace.statuses).toContain('loaded');
  // The site's one stylesheet, whole, from the device.
  expect(
    await page.evaluate(
      () => [...document.styleSheets].filter((sheet) => sheet.href && sheet.cssRules.length > 50).length,
    ),
  ).toBe(1);

  await en.open('?summary=on');
  await expect(page).toHaveTitle(/^From Bucharest, Mark Rutte calls/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(en.summaryToggle).toHaveAttribute('aria-pressed', 'true');

  // The library page seen before, too.
  await page.goto('/ar');
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
});

test('an article never opened shows the offline page, with links to what is saved', async ({ page, context }) => {
  await new ReaderPage(page).open();
  await savedForOffline(page);
  await context.setOffline(true);

  const response = await page.goto('/ar/articles/synthetic-0001');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  const saved = page.getByRole('main').getByRole('link', { name: /^مارك روته يدعو/ });
  await expect(saved).toHaveAttribute('href', `/ar/articles/${SEED_SLUG}`);
  await saved.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^مارك روته يدعو/);
});

/** Chunks that the worker's saved scripts name but it has not saved; whether any saved chunk is one the page's HTML does not name. */
function chunksNotSaved(page: Page) {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('qari-files-'))!;
    const files = await caches.open(name);
    const saved = (await files.keys()).map((request) => new URL(request.url).pathname);
    const named = new Set<string>();
    for (const path of saved.filter((path) => path.endsWith('.js'))) {
      const text = await (await files.match(path))!.text();
      for (const chunk of text.match(/static\/chunks\/[\w.-]+\.js/g) ?? []) named.add(`/_next/${chunk}`);
    }
    const html = document.documentElement.outerHTML;
    return {
      missing: [...named].filter((path) => !saved.includes(path)),
      later: saved.some((path) => path.endsWith('.js') && !html.includes(path)),
    };
  });
}

test('listening works offline on a saved article, though it was never used online', async ({ page, context }) => {
  await installSpeech(page, ['ar-SA', 'en-US']);
  const reader = await new ReaderPage(page).open();
  await savedForOffline(page);
  // Listen's code is loaded on first use: the worker saves it with the page, unasked. Every chunk a
  // saved script names is saved too (and some are not named by the page itself).
  await expect.poll(() => chunksNotSaved(page), { timeout: 20_000 }).toEqual({ missing: [], later: true });

  await context.setOffline(true);
  await reader.open();
  await page.getByRole('button', { name: 'استمع' }).click();
  await expect.poll(() => spoken(page)).toEqual([{ text: readSeed().lead, lang: 'ar', voice: 'ar-SA' }]);
});
