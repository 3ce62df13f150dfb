import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readSeed, SEED_SECTION_IDS as IDS } from '../lib/content/testing/seedFixture';
import { savedForOffline } from './helpers/offline';
import { SEED_SLUG } from './helpers/ReaderPage';
import { everythingLoaded } from './helpers/ready';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  const ARTICLE = `/ar/articles/${SEED_SLUG}`;

  /**
   * A phone running other apps: Chromium's CPU 4× slower, a slow mobile network, and every load a
   * first visit (fonts, styles and scripts arrive late, as they do then). Before the fix, every
   * deep link but the lead's missed by 46–1,467 px at 320 px under these conditions.
   */
  async function throttle(page: Page, { cache = false } = {}) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (4 * 1024 * 1024) / 8,
      uploadThroughput: (1024 * 1024) / 8,
    });
  }

  /** Opens `address` as a new document (a change of hash alone would only scroll the same one). */
  async function openAnew(page: Page, address: string) {
    await page.goto('about:blank');
    await page.goto(address);
    // Settled: fonts in, islands hydrated, the navigator built, nothing left to load.
    await page.evaluate(() => document.fonts.ready);
    await everythingLoaded(page);
  }

  /**
   * Where a section's top is against where a deep link promises it: its scroll margin below the
   * top of the viewport (below the sticky bar on phones), or lower when the page cannot scroll
   * further. Null when it landed.
   */
  async function missedBy(page: Page, id: string): Promise<string | null> {
    const { off, atEnd, underBar } = await page.locator(`section#${id}`).evaluate((section) => {
      const top = section.getBoundingClientRect().top;
      const margin = parseFloat(getComputedStyle(section).scrollMarginTop);
      const bar = document.querySelector('.navigator-bar')?.getBoundingClientRect();
      const heading = section.querySelector('h2')!.getBoundingClientRect();
      return {
        off: Math.round(top - margin),
        atEnd: window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
        underBar: !!bar && bar.height > 0 && heading.top < bar.bottom,
      };
    });
    const landed = (Math.abs(off) <= 8 || (atEnd && off > 0)) && !underBar;
    return landed ? null : `#${id}: ${off} px from its place${underBar ? ', its heading under the bar' : ''}`;
  }

  const WIDTHS = [
    { width: 320, height: 640 },
    { width: 390, height: 844, returning: true },
    { width: 1280, height: 800 },
  ];

  /**
   * A reader back with the choices of an earlier visit: their face (the article waits for it,
   * lib/fonts/chosenFaceOnLoad.ts), the loosest spacing and the narrowest column, all of which
   * move every section from where it would be.
   */
  async function asReturningReader(context: BrowserContext) {
    await context.addInitScript(() => {
      localStorage.setItem('qari:face', 'amiri');
      localStorage.setItem('qari:leading', 'loose');
      localStorage.setItem('qari:measure', 'narrow');
    });
  }

  async function newContext(browser: import('@playwright/test').Browser, { width, height }: (typeof WIDTHS)[number]) {
    const phone = width < 1024;
    // A first visit as readers make it: the service worker registers (the offline flow needs it).
    return browser.newContext({
      viewport: { width, height },
      isMobile: phone,
      hasTouch: phone,
      serviceWorkers: 'allow',
    });
  }

  // Every section at three widths: 24 landings, so a failure one time in six is caught with a
  // chance of 1 − (5/6)^24 ≈ 98.7 % (the flow that found it missed 21 of 24).
  for (const viewport of WIDTHS) {
    const who = viewport.returning ? ', for a returning reader with their own face, spacing and width' : '';
    test(`every section's deep link lands at ${viewport.width} px, on a slow phone and network${who}`, async ({
      browser,
    }) => {
      test.slow();
      const context = await newContext(browser, viewport);
      if (viewport.returning) await asReturningReader(context);
      const page = await context.newPage();
      await throttle(page);
      const missed: string[] = [];
      for (const id of IDS) {
        await openAnew(page, `${ARTICLE}#${id}`);
        const miss = await missedBy(page, id);
        if (miss) missed.push(miss);
      }
      await context.close();
      expect(missed).toEqual([]);
    });
  }

  test('a link to a passage (a text fragment) shows that passage, at 320 px on a slow phone', async ({ browser }) => {
    test.slow();
    const context = await newContext(browser, WIDTHS[0]!);
    const page = await context.newPage();
    await throttle(page);
    const seed = readSeed();
    // The start of a paragraph deep in the article.
    const passage = seed.sections[5]!.paragraph.split(' ').slice(0, 6).join(' ');
    await openAnew(page, `${ARTICLE}#:~:text=${encodeURIComponent(passage)}`);
    await expect(page.locator('.reader-p', { hasText: passage })).toBeInViewport();
    await context.close();
  });

  test('a deep link opened offline, from the saved copy, lands too', async ({ browser }) => {
    test.slow();
    const context: BrowserContext = await newContext(browser, WIDTHS[0]!);
    const page = await context.newPage();
    await page.goto(ARTICLE);
    await savedForOffline(page);
    await throttle(page, { cache: true });
    await context.setOffline(true);
    const missed: string[] = [];
    for (const id of IDS.slice(1)) {
      await page.goto('about:blank');
      await page.goto(`${ARTICLE}#${id}`);
      await page.evaluate(() => document.fonts.ready);
      const miss = await missedBy(page, id);
      if (miss) missed.push(miss);
    }
    await context.close();
    expect(missed).toEqual([]);
  });
});
