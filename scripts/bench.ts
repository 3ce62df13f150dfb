// npm run bench — builds, then measures Qari against a plain static HTML rendering of the same article:
// Lighthouse 12.2.3 (mobile and desktop, 3 runs, medians with min–max), bytes on the wire,
// and a bounded loopback load test of the static page, `next start` and the nginx edge.
// Writes bench/results.json and bench/results.md; the last line printed is a one-line summary.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { getArticle, listArticles } from '../lib/content/loadArticles';
import { runLighthouse, type LighthouseFigures } from './bench/lighthouseRuns';
import { loadTest, type LoadFigures } from './bench/loadTest';
import { serveStatic, staticReferenceHtml } from './bench/staticReference';
import { fixed, kib, ms, ratio, summarise } from './bench/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORTS = { next: 4100, static: 4101, edge: 4102 };
process.env.CHROME_PATH ??= existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered`);
}

/** A server in its own process group, so stopping it stops its children (next-server, nginx) too. */
function start(command: string, args: string[]): ChildProcess {
  return spawn(command, args, {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** A server left over from another run would be measured instead of this build: refuse. */
async function ensureFree(port: number) {
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`port ${port} is already in use: stop whatever listens there and run again`);
  }
}

type Summary = Record<keyof Omit<LighthouseFigures, 'bytes' | 'failing'>, ReturnType<typeof summarise>> & {
  bytes: LighthouseFigures['bytes'];
  failing: string[];
};

async function lighthouseSeries(url: string, preset: 'mobile' | 'desktop'): Promise<Summary> {
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url, preset));
  const pick = (key: keyof Omit<LighthouseFigures, 'bytes' | 'failing'>) => summarise(runs.map((run) => run[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    transferBytes: pick('transferBytes'),
    // Bytes do not vary between runs.
    bytes: runs[0]!.bytes,
    failing: [...new Set(runs.flatMap((run) => run.failing))],
  };
}

async function main() {
  const article = getArticle('nato-rutte-bucharest-industry-forum') ?? listArticles()[0];
  if (!article) throw new Error('no published article to measure');
  // Built for the address it is served from, so canonical and hreflang links are right; no fixtures.
  const env = { ...process.env, SITE_URL: `http://127.0.0.1:${PORTS.next}`, QARI_EXTRA_CONTENT_DIR: '' };
  if (spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env }).status !== 0) throw new Error('build failed');
  for (const port of Object.values(PORTS)) await ensureFree(port);
  const servers: ChildProcess[] = [
    start('npx', ['next', 'start', '--port', String(PORTS.next), '--hostname', '127.0.0.1']),
  ];
  const staticServer = await serveStatic(staticReferenceHtml(article), PORTS.static);
  const hasNginx = existsSync('/usr/sbin/nginx');
  if (hasNginx) servers.push(start('node', ['scripts/edge.mjs', String(PORTS.edge), String(PORTS.next)]));
  try {
    await waitFor(`http://127.0.0.1:${PORTS.next}/ar`);
    if (hasNginx) await waitFor(`http://127.0.0.1:${PORTS.edge}/ar`);
    const reader = `/ar/articles/${article.slug}`;
    const pages = {
      'static reference': `http://127.0.0.1:${PORTS.static}/`,
      index: `http://127.0.0.1:${PORTS.next}/ar`,
      reader: `http://127.0.0.1:${PORTS.next}${reader}`,
      'reader, summaries on': `http://127.0.0.1:${PORTS.next}${reader}?summary=on`,
    };
    const lighthouseResults: Record<string, Record<string, Summary>> = {};
    for (const [name, url] of Object.entries(pages)) {
      lighthouseResults[name] = {};
      for (const preset of ['mobile', 'desktop'] as const) {
        console.error(`lighthouse ${preset}: ${name} (${RUNS} runs)`);
        lighthouseResults[name][preset] = await lighthouseSeries(url, preset);
      }
    }
    const load: Record<string, LoadFigures> = {
      'static reference': await loadTest(pages['static reference']),
      'next start (reader)': await loadTest(pages.reader),
      ...(hasNginx ? { 'nginx edge (reader)': await loadTest(`http://127.0.0.1:${PORTS.edge}${reader}`) } : {}),
    };
    // Raw figures first, so a formatting slip never costs a 10-minute run.
    mkdirSync('bench', { recursive: true });
    writeFileSync(
      'bench/results.json',
      JSON.stringify({ date: new Date().toISOString(), runs: RUNS, lighthouse: lighthouseResults, load }, null, 2),
    );
    report(lighthouseResults, load);
  } finally {
    for (const server of servers) stop(server);
    staticServer.close();
  }
}

function report(lh: Record<string, Record<string, Summary>>, load: Record<string, LoadFigures>) {
  const reference = lh['static reference']!;
  const lines = [
    `# Qari benchmark (${new Date().toISOString()}, ${RUNS} Lighthouse runs each: median, min–max; times vary run to run)`,
    '',
    '| page | preset | perf | a11y | best pr. | SEO | FCP | LCP (× static) | TBT | CLS | HTML | JS | CSS | fonts | total (× static) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [page, presets] of Object.entries(lh)) {
    for (const [preset, s] of Object.entries(presets)) {
      const ref = reference[preset]!;
      lines.push(
        `| ${page} | ${preset} | ${s.performance.median} | ${s.accessibility.median} | ${s.bestPractices.median} | ${s.seo.median} | ${ms(s.fcp.median)} | ${ms(s.lcp.median)} (${ms(s.lcp.min)}–${ms(s.lcp.max)}, ${ratio(s.lcp.median, ref.lcp.median)}) | ${ms(s.tbt.median)} | ${fixed(s.cls.median)} | ${kib(s.bytes.html)} | ${kib(s.bytes.js)} | ${kib(s.bytes.css)} | ${kib(s.bytes.fonts)} | ${kib(s.transferBytes.median)} (${ratio(s.transferBytes.median, ref.transferBytes.median)}) |`,
      );
    }
  }
  const failing = Object.entries(lh).flatMap(([page, presets]) =>
    Object.entries(presets).flatMap(([preset, s]) => s.failing.map((audit) => `- ${page}, ${preset}: ${audit}`)),
  );
  lines.push('', 'Audits not passed (any run):', ...(failing.length ? failing : ['- none']));
  const staticLoad = load['static reference']!;
  lines.push('', '| server | req/s (× static) | p50 | p99 | errors | non-2xx |', '|---|---|---|---|---|---|');
  for (const [name, l] of Object.entries(load)) {
    lines.push(
      `| ${name} | ${l.requestsPerSecond} (${ratio(l.requestsPerSecond, staticLoad.requestsPerSecond)}) | ${l.p50} ms | ${l.p99} ms | ${l.errors} | ${l.non2xx} |`,
    );
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, lighthouse: lh, load }, null, 2),
  );
  writeFileSync('bench/results.md', `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
  const r = lh['reader']!.mobile!;
  const next = load['next start (reader)']!;
  console.log(
    `\nbench: reader mobile perf ${r.performance.median} a11y ${r.accessibility.median} bp ${r.bestPractices.median} seo ${r.seo.median}, LCP ${ms(r.lcp.median)} (${ratio(r.lcp.median, reference.mobile!.lcp.median)} static), TBT ${ms(r.tbt.median)}, CLS ${fixed(r.cls.median)}, HTML ${kib(r.bytes.html)}, JS ${kib(r.bytes.js)}, fonts ${kib(r.bytes.fonts)}; next start ${next.requestsPerSecond} req/s${load['nginx edge (reader)'] ? `, nginx ${load['nginx edge (reader)'].requestsPerSecond} req/s` : ''}, static ${staticLoad.requestsPerSecond} req/s`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
