// npm run bench — measures Qari's reader beside its two references, served in the same run:
// a plain static HTML page of the same article (the limit) and a bare Next.js page of it built
// with the same Next version (the framework's floor, scripts/bench/bareNext). Lighthouse 12.2.3,
// mobile, both throttling methods, BENCH_RUNS runs each (default 5; medians with min–max),
// bytes and requests, and a bounded loopback load test. Builds into .next-bench, never into the
// build `npm start` serves. Writes bench/reader.json and bench/reader.md; prints a summary last.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { content } from '../../lib/content/source/contentSource';
import { runLighthouse, type LighthouseFigures, type LighthouseMetric, type Throttling } from './lighthouseRuns';
import { loadTest, type LoadFigures } from './loadTest';
import { buildBareNext, startBareNext } from './bareNextReference';
import { report, type Series } from './report';
import { ensureFree, start, stop, waitFor } from './servers';
import { serveStatic, staticReferenceHtml } from './staticReference';
import { summarise } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORTS = { qari: 4100, static: 4101, edge: 4102, bare: 4103, plainCss: 4104, inlineCss: 4105 };
const DIST_DIR = '.next-bench';
const INLINE_CSS_DIST_DIR = '.next-bench-inline-css';
const THROTTLING: Throttling[] = ['simulate', 'devtools'];
process.env.CHROME_PATH ??= existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

async function lighthouseSeries(
  url: string,
  throttling: Throttling,
  visit: 'first' | 'repeat' = 'first',
): Promise<Series> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url, 'mobile', throttling, visit));
  const pick = (key: LighthouseMetric) => summarise(runs.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    requests: pick('requests'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    transferBytes: pick('transferBytes'),
    mainThread: pick('mainThread'),
    // Bytes do not vary between runs.
    bytes: runs[0]!.bytes,
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}

function build(args: string[], env: Record<string, string>) {
  const result = spawnSync('npx', ['next', 'build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`next build ${args.join(' ')} failed`);
}

async function main() {
  const article = content().getArticle('nato-rutte-bucharest-industry-forum') ?? content().listArticles()[0];
  if (!article) throw new Error('no published article to measure');
  for (const port of Object.values(PORTS)) await ensureFree(port);

  // Qari built for the address it is served from (canonical links right), without fixtures.
  const qariEnv = { SITE_URL: `http://127.0.0.1:${PORTS.qari}`, QARI_EXTRA_CONTENT_DIR: '', QARI_DIST_DIR: DIST_DIR };
  build([], qariEnv);
  if (
    spawnSync('npx', ['tsx', 'scripts/build/criticalCssPlans.ts'], {
      stdio: 'inherit',
      env: { ...process.env, ...qariEnv },
    }).status
  ) {
    throw new Error('the critical CSS plans could not be compiled');
  }
  if (
    spawnSync('npx', ['tsx', 'scripts/build/searchIndex.ts'], { stdio: 'inherit', env: { ...process.env, ...qariEnv } })
      .status
  ) {
    throw new Error('the search index could not be built');
  }
  buildBareNext(article);
  // The same app with Next's experimental.inlineCss (all CSS in every page, no critical CSS), the
  // third way issue 22 asks to measure in the same run.
  const inlineCssEnv = {
    ...qariEnv,
    SITE_URL: `http://127.0.0.1:${PORTS.inlineCss}`,
    QARI_DIST_DIR: INLINE_CSS_DIST_DIR,
    QARI_INLINE_CSS: 'on',
    QARI_CRITICAL_CSS: 'off',
  };
  build([], inlineCssEnv);

  const servers: ChildProcess[] = [
    start('node', ['lib/http/serve.mjs', '--port', String(PORTS.qari), '--hostname', '127.0.0.1'], qariEnv),
    startBareNext(PORTS.bare),
    // The same build served without critical CSS (its stylesheet blocking the first paint, as
    // before issue 22), to compare in the same run.
    start('node', ['lib/http/serve.mjs', '--port', String(PORTS.plainCss), '--hostname', '127.0.0.1'], {
      ...qariEnv,
      QARI_CRITICAL_CSS: 'off',
    }),
    start('node', ['lib/http/serve.mjs', '--port', String(PORTS.inlineCss), '--hostname', '127.0.0.1'], inlineCssEnv),
  ];
  const staticServer = await serveStatic(staticReferenceHtml(article), PORTS.static);
  const hasNginx = existsSync('/usr/sbin/nginx');
  if (hasNginx) servers.push(start('node', ['deploy/edge.mjs', String(PORTS.edge), String(PORTS.qari)]));
  try {
    await waitFor(`http://127.0.0.1:${PORTS.qari}/ar`);
    await waitFor(`http://127.0.0.1:${PORTS.bare}/`);
    await waitFor(`http://127.0.0.1:${PORTS.plainCss}/ar`);
    await waitFor(`http://127.0.0.1:${PORTS.inlineCss}/ar`);
    if (hasNginx) await waitFor(`http://127.0.0.1:${PORTS.edge}/ar`);
    const reader = `http://127.0.0.1:${PORTS.qari}/ar/articles/${article.slug}`;
    const pages = {
      'static HTML': `http://127.0.0.1:${PORTS.static}/`,
      'bare Next.js': `http://127.0.0.1:${PORTS.bare}/`,
      library: `http://127.0.0.1:${PORTS.qari}/ar`,
      reader,
      'reader, summaries on': `${reader}?summary=on`,
      'reader, stylesheet blocking (QARI_CRITICAL_CSS=off)': `http://127.0.0.1:${PORTS.plainCss}/ar/articles/${article.slug}`,
      'reader, all CSS inlined (experimental.inlineCss)': `http://127.0.0.1:${PORTS.inlineCss}/ar/articles/${article.slug}`,
    };
    const lighthouse: Record<Throttling, Record<string, Series>> = { simulate: {}, devtools: {} };
    for (const throttling of THROTTLING) {
      for (const [name, url] of Object.entries(pages)) {
        console.error(`lighthouse ${throttling}: ${name} (${RUNS} runs)`);
        lighthouse[throttling][name] = await lighthouseSeries(url, throttling);
      }
    }
    // A returning reader (issue 12): the article saved by the service worker, applied throttling.
    const repeat: Record<string, Series> = {};
    for (const name of ['static HTML', 'reader'] as const) {
      console.error(`lighthouse devtools, repeat visit: ${name} (${RUNS} runs)`);
      repeat[name] = await lighthouseSeries(pages[name], 'devtools', 'repeat');
    }
    const load: Record<string, LoadFigures> = {
      'static HTML': await loadTest(pages['static HTML']),
      'bare Next.js': await loadTest(pages['bare Next.js']),
      'Qari (npm start), reader': await loadTest(reader),
      ...(hasNginx
        ? { 'nginx edge, reader': await loadTest(`http://127.0.0.1:${PORTS.edge}/ar/articles/${article.slug}`) }
        : {}),
    };
    // Raw figures first, so a formatting slip never costs a long run.
    mkdirSync('bench', { recursive: true });
    const results = { date: new Date().toISOString(), runs: RUNS, lighthouse, repeat, load };
    writeFileSync('bench/reader.json', JSON.stringify(results, null, 2));
    const { markdown, summary } = report(results);
    writeFileSync('bench/reader.md', `${markdown}\n`);
    console.log(markdown);
    console.log(`\n${summary}`);
  } finally {
    for (const server of servers) stop(server);
    staticServer.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
