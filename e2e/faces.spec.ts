import { expect, test } from '@playwright/test';
import { naskhFaces, naskhFilesFetched, naskhInUse } from './helpers/faces';
import { layoutShifts, watchLayoutShifts } from './helpers/layoutShifts';
import { SEED_SLUG } from './helpers/ReaderPage';

// Naskh is declared `font-display: optional` and preloaded (lib/fonts/naskhFaces.ts): a page paints
// from its HTML, before any file can arrive on a slow first visit, and a face that comes after the
// first layout must not be swapped in then (text would jump), while the next page is set in it.
// A face still loading after optional’s wait is taken out of the page (lib/fonts/naskhFaceCss.mjs).

const READER = `/ar/articles/${SEED_SLUG}`;

test('a first visit whose face arrives after the page has painted keeps its text still; the pages after it are in Naskh', async ({
  page,
}) => {
  await watchLayoutShifts(page);
  // The face's files held until the page has painted its text, as on a slow connection.
  let release = () => {};
  const painted = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(
    (url) => url.pathname.startsWith('/fonts/naskh-'),
    async (route) => {
      held.push(new URL(route.request().url()).pathname);
      await painted;
      await route.continue();
    },
  );
  await page.goto(READER, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
  // Both files were asked for at once (preloaded), before any layout needed them.
  expect(held.sort()).toEqual([
    expect.stringMatching(/^\/fonts\/naskh-arabic\./),
    expect.stringMatching(/^\/fonts\/naskh-latin\./),
  ]);
  const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
  // Both faces are taken out while their files are still on their way (the first page's wait).
  await expect.poll(() => naskhFaces(page)).toEqual([]);
  release();
  // Both files have come (the page took their faces out of its sheet once they were late:
  // lib/fonts/naskhFaceCss.mjs; the files are fetched all the same, for the pages after).
  await expect.poll(async () => (await naskhFilesFetched(page)).length).toBe(2);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));

  expect(await naskhInUse(page), 'a face that came late is not swapped in').toBe(false);
  // …nor laid out again for: its faces were taken out of the page before the files came.
  expect(await naskhFaces(page)).toEqual([]);
  expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(headline);
  expect(await layoutShifts(page)).toBe(0);

  // The next page (every link opens a new document: components/site/LocaleLink.tsx): the files
  // are there now, and its text is set in Naskh from the first frame, nothing moving.
  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('link', { name: 'قارئ: الصفحة الرئيسية' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  expect(await naskhInUse(page)).toBe(true);
  expect(await layoutShifts(page)).toBe(0);
});

test(
  'a later page leaves its faces in place even while their files are late: they may be on their way from the cache',
  { tag: '@desktop-only' },
  async ({ page }) => {
    // The first page this browser loads from Qari marks it (lib/fonts/naskhFaceCss.mjs).
    await page.goto('/ar');
    await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('qari:naskh'))).toBe('1');

    // On a busy phone a cached file can still read "loading" when the first page's wait is over.
    // Held here, as long as that wait and more: the page must not take the faces out all the same.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname.startsWith('/fonts/naskh-'),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(READER, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
    expect((await naskhFaces(page)).sort()).toEqual(['Qari Naskh Arabic loading', 'Qari Naskh Latin loading']);
    release();
    await expect
      .poll(async () => (await naskhFaces(page)).sort())
      .toEqual(['Qari Naskh Arabic loaded', 'Qari Naskh Latin loaded']);
  },
);
