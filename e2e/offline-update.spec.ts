import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_BUILD_ENV } from './buildEnv.mjs';
import { copyBuild, startAppServer, stopAppServer } from './helpers/appServer';
import { SEED_SLUG } from './helpers/ReaderPage';
import { PORTS } from './helpers/ports';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // This flow is about the service worker: it runs with it (elsewhere it is blocked).
  test.use({ serviceWorkers: 'allow' });

  // A new deploy reaches a reader whose device keeps the old one: two copies of the e2e build
  // served in turn on one origin, the second made "new" — another build id (so another worker)
  // and a renamed stylesheet. The reader must end on the new build's files, never a mix.
  const PORT = PORTS.offlineUpdate;
  const origin = `http://127.0.0.1:${PORT}`;
  const OLD = '.next-offline-old';
  const NEW = '.next-offline-new';
  let server: ChildProcess | undefined;

  test.skip(!!process.env.BASE_URL, 'serves local copies of the build');
  test.setTimeout(180_000);

  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? files(file) : [file];
    });
  }

  /** Replaces `from` by `to` in every file of a build copy that names it. */
  function rewrite(dir: string, from: string, to: string) {
    for (const file of files(dir)) {
      const bytes = readFileSync(file);
      if (bytes.includes(from)) writeFileSync(file, bytes.toString('latin1').replaceAll(from, to), 'latin1');
    }
  }

  async function serve(dir: string) {
    server = await startAppServer(PORT, dir);
  }

  async function stop() {
    await stopAppServer(server);
    server = undefined;
  }

  const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
  const stylesheet = (page: Page) => page.locator('link[rel="stylesheet"]').first().getAttribute('href');

  test.beforeAll(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one device is enough to follow a deploy');
    const built = E2E_BUILD_ENV.QARI_DIST_DIR;
    const buildId = readFileSync(path.join(built, 'BUILD_ID'), 'utf8').trim();
    const css = files(path.join(built, 'static', 'chunks')).find((file) => file.endsWith('.css'))!;
    const cssName = path.basename(css);
    for (const dir of [OLD, NEW]) copyBuild(dir);
    // The "new" build: its own id (so its own worker and caches) and a stylesheet of another name.
    rewrite(NEW, buildId, `${buildId}-new`);
    const idFolder = path.join(NEW, 'static', buildId);
    if (existsSync(idFolder)) renameSync(idFolder, `${idFolder}-new`);
    renameSync(path.join(NEW, 'static', 'chunks', cssName), path.join(NEW, 'static', 'chunks', `new-${cssName}`));
    rewrite(NEW, `/${cssName}`, `/new-${cssName}`);
  });

  test.afterAll(async () => {
    await stop();
    for (const dir of [OLD, NEW]) rmSync(dir, { recursive: true, force: true });
  });

  test('after a new deploy the reader gets the new build whole, and the old caches go', async ({ context }) => {
    await serve(OLD);
    let page = await context.newPage();
    await page.goto(`${origin}/ar/articles/${SEED_SLUG}`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const oldStylesheet = await stylesheet(page);
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toHaveLength(2);
    const oldCaches = await cacheNames(page);

    // Offline, the old build's article reads whole from the device.
    await context.setOffline(true);
    await page.reload();
    expect(await stylesheet(page)).toBe(oldStylesheet);
    await context.setOffline(false);

    // The new deploy: the same address, another build.
    await stop();
    await serve(NEW);
    const missing: string[] = [];
    context.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    // A visit finds the new worker; it takes over once the old build's pages are closed.
    await page.reload();
    await expect
      .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting), {
        timeout: 20_000,
      })
      .toBe(true);
    await page.close();
    // The reader opens the article again. A tab opened while the closed one is still going away is
    // the old worker's, and the new one waits for it to close too: as a reader would, close it and
    // open the article again until the new build's worker has taken over.
    await expect
      .poll(
        async () => {
          page = await context.newPage();
          await page.goto(`${origin}/ar/articles/${SEED_SLUG}`);
          const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
          if (waiting) await page.close();
          return waiting;
        },
        { timeout: 20_000 },
      )
      .toBe(false);
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toHaveLength(2);
    const newCaches = await cacheNames(page);
    expect(newCaches.some((name) => oldCaches.includes(name))).toBe(false);
    // The page now comes from the new build, with its own stylesheet, and every file loads.
    await page.reload();
    await expect.poll(() => stylesheet(page)).toMatch(/\/new-[^/]+\.css$/);
    expect(await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 50))).toBe(true);
    expect(missing).toEqual([]);
  });
});
