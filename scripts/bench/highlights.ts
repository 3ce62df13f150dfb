// npm run bench:highlights — 200 highlights on one article (issue 35): the seed's page loaded in
// Chromium with 4× CPU throttling, by a reader who keeps none and by one who keeps 200, runs
// interleaved in one process. Prints the page's first paint and its blocking time (long tasks'
// time over 50 ms, until 3 s after load) for both, as ratios, and how long after the load event
// the 200 are drawn. On a production server of its own build (`.next-bench-highlights`).
// Writes bench/highlights.md.
import { writeFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { describeRange } from '../../lib/annotations/anchor';
import { newAnnotation } from '../../lib/annotations/annotation';
import { buildForBench, ensureFree, start, stop, waitFor } from './servers';
import { fixed, ms, ratio, summarise } from './stats';

const DIST = '.next-bench-highlights';
const PORT = 4240;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SLUG = 'nato-rutte-bucharest-industry-forum';
const PAGE = `${ORIGIN}/ar/articles/${SLUG}`;
const RUNS = 7;
/** Chromium's CPU slowdown: this machine as it is, and a phone about four times slower. */
const THROTTLES = [1, 4];
const HIGHLIGHTS = 200;

/**
 * A profile holding HIGHLIGHTS highlights of three words each, spread over the page's sections:
 * made by the app's own code and imported through My highlights, as a reader's export would be.
 */
async function seedHighlights(browser: Browser): Promise<BrowserContextOptions['storageState']> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(PAGE);
  // Each section's Arabic as the app anchors in it: its paragraphs, a blank line between (lib/annotations/passageText.ts).
  const parts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.article-body section[id]')].map((section) => ({
      id: section.id,
      text: [...section.querySelectorAll<HTMLElement>('.reader-p')].map((p) => p.textContent ?? '').join('\n\n'),
    })),
  );
  const windows = parts.flatMap(({ id, text }) =>
    [...text.matchAll(/\S+\s+\S+\s+\S+/g)].map((match) => ({
      id,
      text,
      start: match.index,
      end: match.index + match[0].length,
    })),
  );
  const step = Math.max(1, Math.floor(windows.length / HIGHLIGHTS));
  const annotations = windows
    .filter((_, index) => index % step === 0)
    .slice(0, HIGHLIGHTS)
    .map(({ id, text, start, end }) =>
      newAnnotation({
        source: PAGE,
        slug: SLUG,
        title: 'bench',
        version: '',
        part: 'text',
        section: id,
        ...describeRange(text, start, end),
      }),
    );
  if (annotations.length !== HIGHLIGHTS) throw new Error(`only ${annotations.length} highlights could be made`);
  await page.goto(`${ORIGIN}/ar/highlights`);
  await page.getByLabel('استورد ملف JSON').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(annotations)),
  });
  await page
    .getByRole('status')
    .filter({ hasText: `استُورد ${HIGHLIGHTS}` })
    .waitFor();
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  return state;
}

interface Load {
  fcp: number;
  blocking: number;
  longTasks: number;
  drawnAfterLoad: number | null;
  /** The island hydrated, the panel mounted: after the load event, in ms. */
  hydratedAfterLoad: number | null;
  panelAfterLoad: number | null;
  drawn: number;
}

/** One load of the page under 4× CPU throttling: its first paint, blocking time, and when highlights were drawn. */
async function load(
  browser: Browser,
  storageState: BrowserContextOptions['storageState'],
  rate: number,
): Promise<Load> {
  const context = await browser.newContext({ storageState, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    Object.assign(window, { longTasks: tasks });
  });
  // A first visit restores the profile (Playwright writes its IndexedDB as the page opens) and
  // warms the HTTP cache; the second, measured, is a returning reader's, in both profiles alike.
  await page.goto(PAGE, { waitUntil: 'load' });
  await page.goto(PAGE, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const figures = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    const drawnMark = performance.getEntriesByName('qari:highlights-drawn')[0];
    return {
      fcp,
      blocking: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      longTasks: tasks.length,
      drawnAfterLoad: drawnMark ? drawnMark.startTime - navigation.loadEventEnd : null,
      hydratedAfterLoad:
        (performance.getEntriesByName('qari:annotations-hydrated')[0]?.startTime ?? NaN) - navigation.loadEventEnd,
      panelAfterLoad:
        (performance.getEntriesByName('qari:annotations-panel')[0]?.startTime ?? NaN) - navigation.loadEventEnd,
      drawn: CSS.highlights.get('qari-highlight')?.size ?? 0,
    };
  });
  await context.close();
  return figures;
}

async function main() {
  await ensureFree(PORT);
  buildForBench({ QARI_DIST_DIR: DIST, SITE_URL: ORIGIN, NEXT_TELEMETRY_DISABLED: '1' });
  const server = start(process.execPath, ['lib/http/serve.mjs', '--port', String(PORT)], { QARI_DIST_DIR: DIST });
  try {
    await waitFor(`${ORIGIN}/ar`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const seeded = await seedHighlights(browser);
    await load(browser, undefined, 1); // warms the server's caches for both
    const lines = [
      '# 200 highlights on one article',
      '',
      `\`npm run bench:highlights\`, ${new Date().toISOString().slice(0, 16)} UTC: the seed at 390 px, ${RUNS} loads each, interleaved; medians. Blocking time: long tasks' time over 50 ms, to 3 s after load.`,
    ];
    for (const rate of THROTTLES) {
      const none: Load[] = [];
      const many: Load[] = [];
      for (let run = 0; run < RUNS; run++) {
        none.push(await load(browser, undefined, rate));
        many.push(await load(browser, seeded, rate));
      }
      const median = (loads: Load[], pick: (load: Load) => number | null) => summarise(loads.map(pick)).median;
      const row = (name: string, pick: (load: Load) => number) => {
        const [a, b] = [median(none, pick), median(many, pick)];
        return `| ${name} | ${ms(a)} | ${ms(b)} | ${ratio(b, a)} |`;
      };
      const tasks = (loads: Load[]) =>
        fixed(
          median(loads, (l) => l.longTasks),
          1,
        );
      const drawn = summarise(many.map((l) => l.drawnAfterLoad));
      lines.push(
        '',
        `## CPU ${rate === 1 ? 'as it is' : `slowed ${rate}×`}`,
        '',
        '| | no highlights | 200 highlights | ratio |',
        '|---|---|---|---|',
        row('first contentful paint', (l) => l.fcp),
        row('blocking time', (l) => l.blocking),
        `| long tasks | ${tasks(none)} | ${tasks(many)} | |`,
        '',
        `All 200 drawn ${ms(drawn.median)} after the load event (min ${ms(drawn.min)}, max ${ms(drawn.max)}); ranges drawn: ${many.map((l) => l.drawn).join(', ')}. On the way (medians after the load event): the island hydrated ${ms(median(many, (l) => l.hydratedAfterLoad))}, the panel mounted ${ms(median(many, (l) => l.panelAfterLoad))}.`,
      );
    }
    await browser.close();
    lines.push('');
    writeFileSync('bench/highlights.md', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    stop(server);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
