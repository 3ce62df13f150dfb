// npm run bench:scale — what a library of 10, 100 and 1,000 articles costs: each a synthetic
// library (scripts/syntheticLibrary.ts, in a temporary folder, never content/) built into its
// own directory, then served and measured. Prints a growth table and writes bench/scale.{json,md}.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { measured } from './bench/processTree';
import { ensureFree, start, stop, waitFor } from './bench/servers';
import { summarise } from './bench/stats';
import { writeSyntheticLibrary } from './syntheticLibrary';

const SIZES = (process.env.SCALE_SIZES ?? '10,100,1000').split(',').map(Number);
const PORT = 4110;
const MiB = 1024 * 1024;

function sizeOf(target: string): { bytes: number; files: number } {
  const stat = statSync(target);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  return readdirSync(target).reduce(
    (sum, name) => {
      const inner = sizeOf(path.join(target, name));
      return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files };
    },
    { bytes: 0, files: 0 },
  );
}

const countFiles = (dir: string, suffix: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, entry) =>
      n + (entry.isDirectory() ? countFiles(path.join(dir, entry.name), suffix) : entry.name.endsWith(suffix) ? 1 : 0),
    0,
  );

async function htmlBytes(url: string) {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body).length };
}

const SEARCH_RUNS = 5;

/**
 * Types a query into the library page's search field and times, by the page's own clock, the
 * first keystroke to the first result on screen: "cold" types at once after focusing the field,
 * "warm" pauses a second first (a reader's move from the field to the keyboard), which lets the
 * engine load on focus. Each in a fresh browser context (empty cache), SEARCH_RUNS times: the
 * median and the spread. Bytes are those of a cold query, on the wire.
 */
async function searchCost(origin: string, query: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const once = async (pauseMs: number) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/ar`);
      const answered = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let first = 0;
            document.addEventListener('input', () => (first ||= performance.now()), { capture: true });
            new MutationObserver(() => {
              if (first && document.querySelector('#site-search-results a')) resolve(performance.now() - first);
            }).observe(document.body, { subtree: true, childList: true });
          }),
      );
      const field = page.getByRole('searchbox');
      await field.focus();
      if (pauseMs) await page.waitForTimeout(pauseMs);
      await field.pressSequentially(query);
      const ms = await answered;
      await page.waitForLoadState('networkidle');
      // Bytes on the wire (after any Content-Encoding), by the page's own Resource Timing.
      const bytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/search-index/'))
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
      );
      return { ms, bytes };
    } finally {
      await context.close();
    }
  };
  try {
    const cold = [];
    const warm = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      cold.push(await once(0));
      warm.push(await once(1000));
    }
    return {
      cold: summarise(cold.map((run) => run.ms)),
      warm: summarise(warm.map((run) => run.ms)),
      bytes: summarise(cold.map((run) => run.bytes)).median,
    };
  } finally {
    await browser.close();
  }
}

async function measure(size: number) {
  const content = mkdtempSync(path.join(tmpdir(), `qari-scale-${size}-`));
  const distDir = `.next-scale-${size}`;
  writeSyntheticLibrary(content, size);
  const env = {
    QARI_EXTRA_CONTENT_DIR: content,
    QARI_DIST_DIR: distDir,
    SITE_URL: `http://127.0.0.1:${PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  rmSync(distDir, { recursive: true, force: true });
  const build = await measured('npx', ['next', 'build'], env);
  if (!build.ok) throw new Error(`build of ${size} articles failed`);
  // What `npm run build` runs after next build: search index, Open Graph images, CSP hashes.
  const index = await measured('npx', ['tsx', 'scripts/afterBuild.ts'], env);
  const pages = countFiles(path.join(distDir, 'server', 'app'), '.html');
  const searchIndex = sizeOf(path.join(distDir, 'search-index'));
  await ensureFree(PORT);
  const server: ChildProcess = start(
    'node',
    ['scripts/serve.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'],
    env,
  );
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    await waitFor(`${origin}/ar`);
    const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
    const figures = {
      articles: size + 1,
      buildSeconds: build.seconds,
      msPerPage: (build.seconds * 1000) / pages,
      msPerArticle: (build.seconds * 1000) / (size + 1),
      peakMiB: build.peakBytes / MiB,
      pages,
      distMiB: sizeOf(distDir).bytes / MiB,
      indexSeconds: index.seconds,
      indexKiB: searchIndex.bytes / 1024,
      indexFiles: searchIndex.files,
      library: await htmlBytes(`${origin}/ar`),
      topic: await htmlBytes(`${origin}/ar/topics/nato`),
      reader: await htmlBytes(`${origin}/ar/articles/nato-rutte-bucharest-industry-forum`),
      sitemapEntries: sitemap.split('<url>').length - 1,
      search: await searchCost(origin, 'الابداعيه'),
    };
    return figures;
  } finally {
    stop(server);
    rmSync(content, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}

async function main() {
  // `next build` adds each new build directory's types to tsconfig.json: put it back after.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const rows = [];
  try {
    for (const size of SIZES) {
      console.error(`bench:scale: ${size} synthetic articles`);
      rows.push(await measure(size));
    }
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
  }
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const spread = (s: { median: number; min: number; max: number }) =>
    `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const lines = [
    `# Qari growth benchmark (${new Date().toISOString()}; articles = synthetic + the seed)`,
    '',
    '| articles | build | ms/page | ms/article | peak memory | pages | build dir | search index (files) | after build: index, images, CSP | first query: cold, warm (median, min–max of 5), bytes | library HTML (gzip) | topic HTML (gzip) | reader HTML (gzip) | sitemap entries |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.articles} | ${r.buildSeconds.toFixed(1)} s | ${r.msPerPage.toFixed(1)} | ${r.msPerArticle.toFixed(0)} | ${r.peakMiB.toFixed(0)} MiB | ${r.pages} | ${r.distMiB.toFixed(0)} MiB | ${kib(r.indexKiB * 1024)} (${r.indexFiles}) | ${r.indexSeconds.toFixed(1)} s | ${spread(r.search.cold)}, ${spread(r.search.warm)}, ${kib(r.search.bytes)} | ${r.library.raw} B (${r.library.gzip} B) | ${r.topic.raw} B (${r.topic.gzip} B) | ${r.reader.raw} B (${r.reader.gzip} B) | ${r.sitemapEntries} |`,
    ),
  ];
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/scale.json', JSON.stringify(rows, null, 2));
  writeFileSync('bench/scale.md', `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
