// npm run bench:scale — what a library of 1,000, 5,000 and 20,000 articles (SCALE_SIZES) costs: each a synthetic
// library (scripts/content/syntheticLibrary.ts, in a temporary folder, never content/) built into its
// own directory, then served and measured. Prints a growth table and writes bench/scale.{json,md}.
import type { ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { wholeSitemap } from '../../e2e/helpers/sitemap';
import { publishCost } from './publishCost';
import { measured } from '../build/processTree';
import { ensureFree, start, stop, waitFor } from './servers';
import { summarise } from './stats';
import { dateOf, writeSyntheticLibrary } from '../content/syntheticLibrary';

const SIZES = (process.env.SCALE_SIZES ?? '1000,5000,20000').split(',').map(Number);
const PORT = 4110;
// The caching edge (deploy/nginx.conf) in front of the server, where Debian's nginx is installed.
const EDGE_PORT = 4111;
const hasNginx = existsSync('/usr/sbin/nginx');
// What a browser sends: readers' pages leave compressed (lib/http/pageCsp.mjs).
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };
const PER_DAY = 50;
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
// Every seventh synthetic article is undated.
const lastArticle = (size: number) => `synthetic-${String(Math.floor(size / 7) * 7).padStart(4, '0')}`;
const OLD_ARTICLE = 'synthetic-0002';

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
      // Bytes on the wire (after any Content-Encoding) by the page's own Resource Timing: when
      // the first hit shows (a large library's newest shard answers first), and once the whole
      // archive has answered.
      const answered = page.evaluate(
        () =>
          new Promise<{ ms: number; firstBytes: number }>((resolve) => {
            let first = 0;
            document.addEventListener('input', () => (first ||= performance.now()), { capture: true });
            new MutationObserver(() => {
              if (first && document.querySelector('#site-search-results a')) {
                // Inline, not a named function: tsx would wrap one in a helper the page lacks.
                resolve({
                  ms: performance.now() - first,
                  firstBytes: performance
                    .getEntriesByType('resource')
                    .filter((entry) => new URL(entry.name).pathname.startsWith('/search-index/'))
                    .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
                });
              }
            }).observe(document.body, { subtree: true, childList: true });
          }),
      );
      const field = page.getByRole('searchbox');
      await field.focus();
      if (pauseMs) await page.waitForTimeout(pauseMs);
      await field.pressSequentially(query);
      const { ms, firstBytes } = await answered;
      // The whole archive has answered when the status no longer says it is searching.
      await page.waitForFunction(
        () => !/…|\.\.\./.test(document.querySelector('#site-search-results [role=status]')?.textContent ?? '…'),
      );
      await page.waitForLoadState('networkidle');
      const bytes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/search-index/'))
          .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
      );
      return { ms, bytes, firstBytes };
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
      firstBytes: summarise(cold.map((run) => run.firstBytes)).median,
    };
  } finally {
    await browser.close();
  }
}

/** A page's first request (rendered now) and the next (from the cache), and whether their headers match a prerendered page's. */
async function onDemand(origin: string, path: string, prerendered: string) {
  const timed = async (url: string) => {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    return { ms: performance.now() - started, headers: response.headers };
  };
  const first = await timed(`${origin}${path}`);
  const next = await timed(`${origin}${path}`);
  const reference = (await timed(`${origin}${prerendered}`)).headers;
  // The same headers, by name and by value where the value is not the page's own (hashes, length).
  // x-nextjs-cache says MISS on a page's first render, prerendered or not, and HIT after; a page
  // rendered now is streamed (Transfer-Encoding: chunked, a hop-by-hop header, RFC 9110 §7.6.1)
  // where a cached one has a Content-Length.
  const own = ['date', 'etag', 'content-length', 'content-security-policy', 'x-nextjs-cache', 'transfer-encoding'];
  const shape = (headers: Headers) =>
    [...headers.keys()]
      .filter((name) => !own.includes(name))
      .map((name) => `${name}: ${headers.get(name)}`)
      .sort();
  const differing = [
    ...shape(first.headers).filter((line) => !shape(reference).includes(line)),
    ...shape(reference).filter((line) => !shape(first.headers).includes(line)),
  ];
  if (differing.length)
    console.error(`bench:scale: headers that differ from a prerendered page's:\n${differing.join('\n')}`);
  const load = await autocannon({ url: `${origin}${path}`, connections: 20, duration: 10, headers: BROWSER_HEADERS });
  // The same through the edge readers reach the site by (it keeps the page after its first answer).
  let edgeP50Ms: number | null = null;
  if (hasNginx) {
    await ensureFree(EDGE_PORT);
    const edge = start('node', ['deploy/edge.mjs', String(EDGE_PORT), origin.split(':').pop()!]);
    try {
      const edgeOrigin = `http://127.0.0.1:${EDGE_PORT}`;
      await waitFor(`${edgeOrigin}${path}`);
      const viaEdge = await autocannon({
        url: `${edgeOrigin}${path}`,
        connections: 20,
        duration: 10,
        headers: BROWSER_HEADERS,
      });
      edgeP50Ms = viaEdge.latency.p50;
    } finally {
      stop(edge);
    }
  }
  return {
    firstMs: first.ms,
    nextMs: next.ms,
    p50Ms: load.latency.p50,
    edgeP50Ms,
    sameHeaders: differing.length === 0,
    strictCsp: !/script-src[^;]*'unsafe-inline'/.test(first.headers.get('content-security-policy') ?? ''),
  };
}

async function measure(size: number) {
  const synthetic = mkdtempSync(path.join(tmpdir(), `qari-scale-${size}-`));
  // The content the server reads and publishes into: a copy of content/, never content/ itself.
  const contentRoot = mkdtempSync(path.join(tmpdir(), `qari-scale-content-`));
  cpSync('content', contentRoot, { recursive: true, preserveTimestamps: true });
  const distDir = `.next-scale-${size}`;
  // Dated as a newsroom publishes, 50 a day: a year is 18,000 articles, a month's sitemap part 1,500.
  writeSyntheticLibrary(synthetic, size, PER_DAY);
  // The article the bench corrects: an old one, moved into the content copy that the publish
  // command edits (it works on one content folder).
  renameSync(path.join(synthetic, OLD_ARTICLE), path.join(contentRoot, 'articles', OLD_ARTICLE));
  const env = {
    QARI_CONTENT_ROOT: contentRoot,
    QARI_EXTRA_CONTENT_DIR: synthetic,
    QARI_DIST_DIR: distDir,
    QARI_PUBLISH_SECRET: 'bench-scale-secret-of-32-characters!',
    SITE_URL: `http://127.0.0.1:${PORT}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  rmSync(distDir, { recursive: true, force: true });
  // `npm run build`: the content index, next build, the search index.
  const whole = await measured('npx', ['tsx', 'scripts/build/build.ts'], env);
  if (!whole.ok) throw new Error(`the build of ${size} articles failed`);
  const { seconds: times, peakMiB: stepPeaks } = JSON.parse(
    readFileSync(path.join(distDir, 'build-times.json'), 'utf8'),
  ) as Record<'seconds' | 'peakMiB', Record<string, number>>;
  const [index, build, search] = [times['content index']!, times['next build']!, times['search index']!];
  const pages = countFiles(path.join(distDir, 'server', 'app'), '.html');
  const searchIndex = sizeOf(path.join(distDir, 'search-index'));
  await ensureFree(PORT);
  const server: ChildProcess = start(
    'node',
    ['lib/http/serve.mjs', '--port', String(PORT), '--hostname', '127.0.0.1'],
    env,
  );
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    await waitFor(`${origin}/ar`);
    const sitemap = await wholeSitemap(origin, async (url) => (await fetch(url)).text());
    const figures = {
      articles: size + 1,
      buildSeconds: whole.seconds,
      steps: { index, next: build, search },
      msPerPage: (build * 1000) / pages,
      msPerArticle: (whole.seconds * 1000) / (size + 1),
      peakMiB: whole.peakBytes / MiB,
      stepPeaks: [stepPeaks['content index']!, stepPeaks['next build']!, stepPeaks['search index']!],
      pages,
      distMiB: sizeOf(distDir).bytes / MiB,
      indexSeconds: search,
      indexKiB: searchIndex.bytes / 1024,
      indexFiles: searchIndex.files,
      library: await htmlBytes(`${origin}/ar`),
      topic: await htmlBytes(`${origin}/ar/topics/nato`),
      reader: await htmlBytes(`${origin}/ar/articles/nato-rutte-bucharest-industry-forum`),
      sitemapEntries: sitemap.split('<url>').length - 1,
      // An undated article (undated ones come after every dated one): outside the newest
      // QARI_PRERENDER_ARTICLES, so rendered on its first request.
      onDemand: await onDemand(
        origin,
        `/ar/articles/${lastArticle(size)}`,
        '/ar/articles/nato-rutte-bucharest-industry-forum',
      ),
      search: await searchCost(origin, 'الابداعيه'),
      publish: await publishCost(origin, contentRoot, env, OLD_ARTICLE, dateOf(size + PER_DAY, PER_DAY)),
    };
    return figures;
  } finally {
    stop(server);
    rmSync(synthetic, { recursive: true, force: true });
    rmSync(contentRoot, { recursive: true, force: true });
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
      // Each size's figures are written as soon as they are measured: a larger size that fails
      // or runs out of time keeps the smaller ones.
      report(rows);
    }
  } finally {
    writeFileSync('tsconfig.json', tsconfig);
  }
}

function report(rows: Awaited<ReturnType<typeof measure>>[]) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const spread = (s: { median: number; min: number; max: number }) =>
    `${ms(s.median)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  const html = (h: { raw: number; gzip: number }) => `${h.raw} B (${h.gzip} B)`;
  const lines = [
    `# Qari growth benchmark (${new Date().toISOString()}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; articles = synthetic + the seed)`,
    '',
    '| articles | build: content index + next build + search index | peak memory (of each step) | pages prerendered | build dir | search index (files) | first query: cold, warm (median, min–max of 5), bytes to the first hit / for the whole archive | library HTML (gzip) | topic HTML (gzip) | reader HTML (gzip) | sitemap entries |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.articles} | ${r.buildSeconds.toFixed(1)} s = ${r.steps.index.toFixed(1)} + ${r.steps.next.toFixed(1)} + ${r.steps.search.toFixed(1)} | ${r.peakMiB.toFixed(0)} MiB (${r.stepPeaks?.join(' / ') ?? '?'}) | ${r.pages} | ${r.distMiB.toFixed(0)} MiB | ${kib(r.indexKiB * 1024)} (${r.indexFiles}) | ${spread(r.search.cold)}, ${spread(r.search.warm)}, ${kib(r.search.firstBytes)} / ${kib(r.search.bytes)} | ${html(r.library)} | ${html(r.topic)} | ${html(r.reader)} | ${r.sitemapEntries} |`,
    ),
    '',
    "An article the build did not prerender: its first request, the next, and p50 under 20 connections asking as a browser does (gzip), from the app server and through the edge (deploy/nginx.conf); its headers against a prerendered article's.",
    '',
    '| articles | first request | next | p50, 20 connections | p50 through the edge | same headers | CSP without unsafe-inline |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.articles} | ${ms(r.onDemand.firstMs)} | ${ms(r.onDemand.nextMs)} | ${r.onDemand.p50Ms} ms | ${r.onDemand.edgeP50Ms === null ? 'no nginx' : `${r.onDemand.edgeP50Ms} ms`} | ${r.onDemand.sameHeaders ? 'yes' : 'no'} | ${r.onDemand.strictCsp ? 'yes' : 'no'} |`,
    ),
    '',
    "Publishing under load (autocannon, 20 connections over cached pages): from the command's start until every page that shows the article (both locales: article, library, topic, feeds, sitemap) and a search for a word only it has give the new text; 3 runs each.",
    '',
    '| articles | new article: median (min–max), slowest target | of it, pages only | correction of an old article | of it, pages only | reader requests | failed | non-2xx |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.articles} | ${spread(r.publish.fresh)}, ${[...new Set(r.publish.fresh.slowest)].join(', ')} | ${spread(r.publish.fresh.pages)} | ${spread(r.publish.corrected)}, ${[...new Set(r.publish.corrected.slowest)].join(', ')} | ${spread(r.publish.corrected.pages)} | ${r.publish.readerRequests} | ${r.publish.failed} | ${r.publish.non2xx} |`,
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
