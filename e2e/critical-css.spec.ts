import { expect, test, type Page, type Request } from '@playwright/test';
import { HTML_BUDGET } from './helpers/budgets';
import { inNaskh, naskhFilesFetched, naskhInUse } from './helpers/faces';
import { layoutShifts, resetLayoutShifts, watchLayoutShifts } from './helpers/layoutShifts';
import { cspViolations, watchCspViolations } from './helpers/csp';
import { SEED_SLUG } from './helpers/ReaderPage';
import { everythingLoaded } from './helpers/ready';

// Each page carries the CSS rules it uses, and the full stylesheet loads without blocking the
// first paint (lib/http/criticalCss.mjs). So a page held without its stylesheet must already look
// as it will, and nothing may move when the stylesheet arrives.

const READER = `/ar/articles/${SEED_SLUG}`;

/** A returning reader's choices, each of which the page's HTML alone does not show. */
const CHOSEN = {
  'qari:theme': 'dark',
  'qari:summary': 'on',
  'qari:face': 'amiri',
  'qari:leading': 'loose',
  'qari:measure': 'narrow',
  'qari:ar-size': '3',
};

const screen = (page: Page) => page.screenshot({ animations: 'disabled', caret: 'hide' });

/** Every element's box on the page, in document order. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return `${element.tagName} ${x},${y},${width},${height}`;
    }),
  );

/**
 * How many pixels differ between two screenshots (decoded by the browser). Chromium's
 * antialiasing of one rounded border differed by 11 pixels between the page painted with its
 * critical CSS and repainted with the whole stylesheet, every element's box, every computed
 * style (pseudo-elements too) and every font equal: a handful of pixels is paint, not style.
 * A missing rule changes thousands (a border, a colour, a face).
 */
const PAINT_NOISE = 16;
async function pixelsApart(page: Page, a: Buffer, b: Buffer) {
  if (a.equals(b)) return 0;
  return page.evaluate(
    async ([a, b]: string[]) => {
      const pixels = async (png: string) => {
        // An <img> (the page's policy allows data: images, not data: fetches).
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const bitmap = await createImageBitmap(image);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [one, other] = [await pixels(a!), await pixels(b!)];
      if (one.length !== other.length) return Infinity;
      let apart = 0;
      for (let i = 0; i < one.length; i += 4)
        if (one[i] !== other[i] || one[i + 1] !== other[i + 1] || one[i + 2] !== other[i + 2]) apart++;
      return apart;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

/** Opens `path` and lets it settle: fonts in, scripts run, nothing left to load. */
async function settled(page: Page, path: string) {
  const response = await page.goto(path);
  await everythingLoaded(page);
  const { responseBodySize } = await response!.request().sizes();
  expect(responseBodySize, 'HTML bytes on the wire').toBeLessThanOrEqual(HTML_BUDGET);
  await inNaskh(page);
  return screen(page);
}

for (const [name, path, chosen] of [
  ['the reader (ar)', READER, {}],
  [
    'the reader (en) with a returning reader’s theme, summaries, face, spacing, width and size',
    `/en/articles/${SEED_SLUG}`,
    CHOSEN,
  ],
  ['the library', '/ar', {}],
] as const) {
  test(`${name}: the first screen is whole before the stylesheet arrives, and nothing moves when it does`, async ({
    page,
    context,
  }) => {
    await context.addInitScript(
      (stored) => {
        for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
      },
      chosen as Record<string, string>,
    );
    await watchLayoutShifts(context);
    await watchCspViolations(page);
    const whole = await settled(page, path);

    // The same page with its stylesheet held back until the first screen has been taken, once
    // everything else has come and the page's scripts have run. Routing turns the browser's cache
    // off, so Naskh's files, which a returning reader has in the cache, are handed over here from
    // memory: fetched from the server again, on a busy machine, they missed the first layout three
    // loads running. Loaded again if they still did: the settled page it is compared with is in
    // Naskh.
    const faces = new Map<string, { body: Buffer; headers: Record<string, string> }>();
    const files = await naskhFilesFetched(page);
    expect(files, 'the settled page fetched both of Naskh’s files').toHaveLength(2);
    for (const file of files) {
      const response = await page.request.get(file);
      // The body as sent, decoded: its length and encoding are the route's to set.
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => !['content-encoding', 'content-length'].includes(name)),
      );
      faces.set(file, { body: await response.body(), headers });
    }
    await page.route(
      (url) => url.pathname.startsWith('/fonts/naskh-'),
      async (route) => {
        const face = faces.get(route.request().url());
        await (face ? route.fulfill({ status: 200, ...face }) : route.continue());
      },
    );
    const isStylesheet = (url: URL) => url.pathname.endsWith('.css');
    let release = () => {};
    const stylesheets: string[] = [];
    for (let load = 1; ; load++) {
      const held = new Promise<void>((resolve) => (release = resolve));
      stylesheets.length = 0;
      await page.route(isStylesheet, async (route) => {
        stylesheets.push(route.request().url());
        await held;
        await route.continue();
      });
      const pending = new Set<string>();
      const track = {
        request: (request: Request) => pending.add(request.url()),
        done: (request: Request) => pending.delete(request.url()),
      };
      page.on('request', track.request);
      page.on('requestfinished', track.done);
      page.on('requestfailed', track.done);
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => document.fonts.ready);
      await expect.poll(() => stylesheets.length, 'the page asks for its stylesheet').toBeGreaterThan(0);
      await expect
        .poll(async () => {
          const others = [...pending].filter((url) => !stylesheets.includes(url));
          await page.waitForTimeout(300);
          return others.length + [...pending].filter((url) => !stylesheets.includes(url)).length;
        })
        .toBe(0);
      page.off('request', track.request);
      page.off('requestfinished', track.done);
      page.off('requestfailed', track.done);
      if (await naskhInUse(page)) break;
      expect(load, 'the held page never set its text in Naskh').toBeLessThan(3);
      release();
      await page.unroute(isStylesheet);
    }
    const beforeStylesheet = await screen(page);
    const boxesBefore = await boxes(page);
    // What moves from here on is the stylesheet's doing.
    await resetLayoutShifts(page);
    release();
    await everythingLoaded(page);
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
            (link) => link.sheet && link.media !== 'print',
          ),
        ),
      )
      .toBe(true);
    const afterStylesheet = await screen(page);
    expect(await layoutShifts(page)).toBe(0);
    expect(await boxes(page), 'the stylesheet moved or resized an element').toEqual(boxesBefore);
    expect(
      await pixelsApart(page, beforeStylesheet, afterStylesheet),
      'the stylesheet changed the first screen',
    ).toBeLessThanOrEqual(PAINT_NOISE);
    expect(
      await pixelsApart(page, beforeStylesheet, whole),
      'the first screen differs from the settled page',
    ).toBeLessThanOrEqual(PAINT_NOISE);
    // The inlined rules and the script that restores the stylesheet run under the page's policy.
    expect(await cspViolations(page)).toEqual([]);
  });
}
