// npm run bench:cluster — several app servers as one site (issue 21), measured on loopback:
// throughput through the edge with one app server and with two sharing Redis (pages the edge
// does not hold: each request has a query of its own), pages the edge holds, and a publish
// through one server until every server and the edge show it (3 runs). Builds its own copy
// (`.next-bench-cluster`), never the build `npm start` serves, and publishes into a copy of
// content/. Writes bench/cluster.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, REDIS_SERVER } from '../../e2e/helpers/redis';
import { buildForBench, ensureFree, start, stop, waitFor } from './servers';
import { summarise } from './stats';

const DIST = '.next-bench-cluster';
const PORTS = [4210, 4211];
const EDGES = [4212, 4213];
const SECRET = 'bench-cluster-secret-of-32-characters!';
const SECONDS = Number(process.env.CLUSTER_SECONDS ?? 15);
const SEED = 'nato-rutte-bucharest-industry-forum';

/** Requests per second through `edge` at `paths`, each with a query of its own when `fresh`. */
async function throughput(edge: number, paths: string[], fresh: boolean) {
  let turn = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${edge}`,
    connections: 20,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          path: `${paths[turn % paths.length]}${fresh ? `?r=${turn++}` : (turn++, '')}`,
        }),
      },
    ],
  });
  return { rps: Math.round(result.requests.average), failed: result.errors + result.timeouts, non2xx: result.non2xx };
}

function draft(contentRoot: string, slug: string, marker: string) {
  const folder = path.join(contentRoot, 'articles', slug);
  cpSync(path.join(contentRoot, 'articles', SEED), folder, { recursive: true });
  const file = path.join(folder, 'article.ar.md');
  const text = readFileSync(file, 'utf8')
    .replace(/^date: .*\n/m, '')
    .replace(/^headline:\n {2}ar: .*$/m, `headline:\n  ar: مقال ${marker}`)
    .replace(/^---\n/, '---\ndraft: true\n');
  writeFileSync(file, text);
}

async function main() {
  if (!REDIS_SERVER) throw new Error('bench:cluster needs redis-server (apt-get install redis-server)');
  for (const port of [...PORTS, ...EDGES]) await ensureFree(port);
  const contentRoot = mkdtempSync(path.join(tmpdir(), 'qari-cluster-bench-'));
  cpSync('content', contentRoot, { recursive: true, preserveTimestamps: true });
  const env = {
    QARI_DIST_DIR: DIST,
    QARI_CONTENT_ROOT: contentRoot,
    QARI_PUBLISH_SECRET: SECRET,
    SITE_URL: `http://127.0.0.1:${EDGES[1]}`,
  };
  buildForBench(env);
  const redisPort = await freePort();
  const redis = spawn(
    REDIS_SERVER,
    // The deployment's settings (deploy/redis.conf).
    [path.resolve('deploy/redis.conf'), '--port', String(redisPort), '--bind', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const dists = PORTS.map((port) => `${DIST}-${port}`);
  const children = [];
  try {
    for (const dist of dists) cpSync(DIST, dist, { recursive: true });
    const redisEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    for (const [index, port] of PORTS.entries()) {
      children.push(
        start('node', ['lib/http/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
          ...redisEnv,
          QARI_DIST_DIR: dists[index]!,
        }),
      );
    }
    children.push(start('node', ['deploy/edge.mjs', String(EDGES[0]), String(PORTS[0])]));
    children.push(start('node', ['deploy/edge.mjs', String(EDGES[1]), PORTS.join(',')]));
    for (const port of [...PORTS, ...EDGES]) await waitFor(`http://127.0.0.1:${port}/ar`);
    const pages = ['/ar', '/en', '/ar/topics/nato', '/en/topics/nato', `/ar/articles/${SEED}`, `/en/articles/${SEED}`];
    // Warm both servers' and Redis' caches, then measure one server and two, in one run.
    await throughput(EDGES[1]!, pages, true);
    const one = await throughput(EDGES[0]!, pages, true);
    const two = await throughput(EDGES[1]!, pages, true);
    const cached = await throughput(EDGES[1]!, pages, false);

    // Publish through the first server; time until both servers and the edge show it.
    const visible: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const slug = `bench-cluster-${run}`;
      const marker = `عنقودي${run}`;
      draft(contentRoot, slug, marker);
      const started = performance.now();
      const publishing = spawnSync('npx', ['tsx', 'scripts/content/publish.ts', slug], {
        env: { ...process.env, ...env, QARI_SERVER_URL: `http://127.0.0.1:${PORTS[0]}` },
        encoding: 'utf8',
      });
      if (publishing.status !== 0) throw new Error(`publish failed: ${publishing.stderr}`);
      const origins = [...PORTS, EDGES[1]!].map((port) => `http://127.0.0.1:${port}/ar`);
      for (;;) {
        const shown = await Promise.all(origins.map(async (url) => (await (await fetch(url)).text()).includes(marker)));
        if (shown.every(Boolean)) break;
        if (performance.now() - started > 60_000) throw new Error(`${slug} never showed everywhere`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      visible.push(performance.now() - started);
    }
    const publish = summarise(visible);
    const lines = [
      `# Several app servers, one site (${new Date().toISOString()}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; loadgen, nginx, Redis and servers on one machine)`,
      '',
      `autocannon, 20 connections, ${SECONDS} s each, through the nginx edge, in one run. "Not held by the edge": every request has a query of its own, so it reaches an app server (which answers from the shared cache).`,
      '',
      '| | requests/s | failed | non-2xx |',
      '|---|---|---|---|',
      `| not held by the edge, one app server | ${one.rps} | ${one.failed} | ${one.non2xx} |`,
      `| not held by the edge, two app servers | ${two.rps} (${(two.rps / one.rps).toFixed(2)}×) | ${two.failed} | ${two.non2xx} |`,
      `| held by the edge, two app servers | ${cached.rps} | ${cached.failed} | ${cached.non2xx} |`,
      '',
      `Publish through one server until both servers and the edge show the library page with it: median ${Math.round(publish.median)} ms (${Math.round(publish.min)}–${Math.round(publish.max)}), 3 runs.`,
      '',
    ];
    writeFileSync('bench/cluster.md', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    for (const child of children) stop(child);
    if (redis.pid) process.kill(-redis.pid, 'SIGKILL');
    for (const dist of [DIST, ...dists]) rmSync(dist, { recursive: true, force: true });
    rmSync(contentRoot, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
