// npm run bench:attack — readers under attack (issue 33), on loopback: readers at 20 connections
// through the nginx edge and straight to one app server, first alone, then while a hostile mix
// runs at 50 requests a second (the search text at its caps, unknown addresses, first Open Graph
// drawings, wrong publish secrets). Builds its own copy (`.next-bench-attack`, the seed and 60
// generated articles), never the build `npm start` serves. Writes bench/attack.md.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { readArticleFolder } from '../../lib/content/readArticleFolder';
import { bestSection } from '../../lib/search/bestSection';
import { hitQuery, MAX_HITS, MAX_TERMS } from '../../lib/search/hitQuery';
import { buildForBench, ensureFree, start, stop, waitFor } from './servers';
import { ratio, summarise } from './stats';

const DIST = '.next-bench-attack';
const LIBRARY = '.bench-attack-library';
const ARTICLES = 60;
const APP = 4220;
const EDGE = 4221;
const SECONDS = Number(process.env.ATTACK_SECONDS ?? 15);
const HOSTILE_PER_SECOND = 50;
const SEED = 'nato-rutte-bucharest-industry-forum';
const SECRET = 'bench-attack-secret-of-32-characters!';
const synthetic = (n: number) => `synthetic-${String(n).padStart(4, '0')}`;
// A query at the caps: 8 words, each 4 times (each looked at once).
const WORDS = ['روته', 'الناتو', 'الصناعات', 'الدفاعية', 'بوخارست', 'الإنتاج', 'الابتكار', 'رومانيا'];
const SEARCH_QUERY = encodeURIComponent(Array(4).fill(WORDS.slice(0, MAX_TERMS).join(' ')).join(' '));

const READER_PATHS = [
  `/ar/articles/${SEED}`,
  `/en/articles/${SEED}`,
  '/ar',
  '/en/topics/nato',
  ...Array.from({ length: 8 }, (_, i) => `/ar/articles/${synthetic(i + 1)}`),
];

/** Readers: 20 connections over the library's pages for SECONDS; p50, p99, errors. */
async function readers(origin: string) {
  let turn = 0;
  const result = await autocannon({
    url: origin,
    connections: 20,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: (request) => ({ ...request, path: READER_PATHS[turn++ % READER_PATHS.length] }) }],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    rps: Math.round(result.requests.average),
  };
}

/** The hostile mix, in turn: each request a kind an attacker sends, at HOSTILE_PER_SECOND. */
function hostileRequests(): (() => { path: string; init?: RequestInit })[] {
  const slugs = Array.from({ length: MAX_HITS }, (_, i) => synthetic(i + 1)).join(',');
  let n = 0;
  return [
    () => ({ path: `/search-index/text.json?slugs=${slugs}&q=${SEARCH_QUERY}` }),
    () => ({ path: `/ar/articles/no-such-article-${n++}` }),
    // First drawings: every article's card in both languages, then each again (drawn once).
    () => ({ path: `/og/${synthetic((n++ % ARTICLES) + 1)}.${n % 2 ? 'ar' : 'en'}.png` }),
    () => ({
      path: '/api/publish',
      init: {
        method: 'POST',
        headers: { authorization: `Bearer wrong-${n++}`, 'content-type': 'application/json' },
        body: JSON.stringify({ slug: SEED }),
      },
    }),
  ];
}

/** Runs the hostile mix against `origin` until stopped; counts its answers by status. */
function attack(origin: string) {
  const kinds = hostileRequests();
  const statuses: Record<string, number> = {};
  const count = (key: string | number) => (statuses[key] = (statuses[key] ?? 0) + 1);
  let turn = 0;
  const timer = setInterval(() => {
    const { path, init } = kinds[turn++ % kinds.length]!();
    fetch(new URL(path, origin), init)
      .then(async (response) => {
        await response.arrayBuffer();
        count(response.status);
      })
      .catch(() => count('failed'));
  }, 1000 / HOSTILE_PER_SECOND);
  return { statuses, stop: () => clearInterval(timer) };
}

/**
 * The search text's work at its caps, in this process: the sections of MAX_HITS articles for
 * MAX_TERMS words (what app/search-index/[...file]/route.ts does), the articles already parsed,
 * as the server holds them. Cold: their words normalised for the first time; warm: again.
 */
function searchTextWork(query: string) {
  const articles = Array.from({ length: MAX_HITS }, (_, i) => readArticleFolder(LIBRARY, synthetic(i + 1))!);
  const { terms } = hitQuery(new URLSearchParams({ q: decodeURIComponent(query) }));
  const time = (list = articles) => {
    const started = performance.now();
    for (const article of list) bestSection(article, terms);
    return performance.now() - started;
  };
  const cold = Array.from({ length: 20 }, () =>
    time(Array.from({ length: MAX_HITS }, (_, i) => readArticleFolder(LIBRARY, synthetic(i + 1))!)),
  );
  time();
  const warm = Array.from({ length: 200 }, () => time());
  return { cold: summarise(cold), warm: summarise(warm), terms: terms.length };
}

async function main() {
  for (const port of [APP, EDGE]) await ensureFree(port);
  const env = {
    QARI_DIST_DIR: DIST,
    QARI_EXTRA_CONTENT_DIR: LIBRARY,
    SITE_URL: `http://127.0.0.1:${EDGE}`,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const generated = spawnSync('npx', ['tsx', 'scripts/content/syntheticLibrary.ts', LIBRARY, String(ARTICLES)], {
    stdio: 'inherit',
  });
  if (generated.status !== 0) throw new Error('the synthetic library could not be made');
  buildForBench(env);
  // Every run starts without the cards an earlier one drew: they are part of the attack.
  rmSync(`${DIST}/cache/og`, { recursive: true, force: true });
  // The server as deployed: the build's address, no SITE_URL of its own.
  const serverEnv = { QARI_DIST_DIR: DIST, QARI_EXTRA_CONTENT_DIR: LIBRARY, QARI_PUBLISH_SECRET: SECRET };
  const children = [
    start('node', ['lib/http/serve.mjs', '--port', String(APP)], serverEnv),
    start('node', ['deploy/edge.mjs', String(EDGE), String(APP)]),
  ];
  try {
    for (const port of [APP, EDGE]) await waitFor(`http://127.0.0.1:${port}/ar`);
    const edge = `http://127.0.0.1:${EDGE}`;
    const app = `http://127.0.0.1:${APP}`;
    // Warm: every reader page rendered and held once.
    await readers(edge);
    const rows = [];
    const work = searchTextWork(SEARCH_QUERY);
    for (const [name, origin] of [
      ['through the edge', edge],
      ['straight to the app server', app],
    ] as const) {
      const alone = await readers(origin);
      // Each phase draws the cards anew: the first drawings are part of the attack.
      rmSync(`${DIST}/cache/og`, { recursive: true, force: true });
      const mix = attack(origin);
      const attacked = await readers(origin);
      mix.stop();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      rows.push({ name, alone, attacked, statuses: mix.statuses, limit: name === 'through the edge' ? 1.5 : 3 });
    }
    const lines = [
      `# Readers under attack (${new Date().toISOString()}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load, nginx and the app server on one machine)`,
      '',
      `autocannon, 20 connections, ${SECONDS} s each, over ${READER_PATHS.length} reader pages; the hostile mix at ${HOSTILE_PER_SECOND} requests a second, in turn: the search text at its caps (${MAX_HITS} slugs, ${MAX_TERMS} words), unknown addresses, first Open Graph drawings (${ARTICLES} articles × 2 languages), wrong publish secrets. Seed and ${ARTICLES} generated articles.`,
      '',
      '| readers | alone p50 / p99 | under attack p50 / p99 | errors alone / under attack | p99 ratio | target | hostile answers |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        ({ name, alone, attacked, statuses, limit }) =>
          `| ${name} | ${alone.p50} / ${alone.p99} ms | ${attacked.p50} / ${attacked.p99} ms | ${alone.errors} / ${attacked.errors} | ${ratio(attacked.p99, alone.p99)} | 0 errors, ≤ ${limit}× — **${attacked.errors === 0 && attacked.p99 <= limit * alone.p99 ? 'met' : 'not met'}** | ${Object.entries(
            statuses,
          )
            .map(([status, count]) => `${status}: ${count}`)
            .join(', ')} |`,
      ),
      '',
      `The search text at its caps (${MAX_HITS} articles, ${work.terms} distinct words of a query of ${MAX_TERMS} words × 4), in one process: ${work.cold.median.toFixed(2)} ms (${work.cold.min.toFixed(2)}–${work.cold.max.toFixed(2)}) with each article's words normalised for the first time, ${work.warm.median.toFixed(2)} ms (${work.warm.min.toFixed(2)}–${work.warm.max.toFixed(2)}) once they are (target ≤ 10 ms: **${work.cold.median <= 10 ? 'met' : 'not met'}**).`,
      '',
    ];
    writeFileSync('bench/attack.md', lines.join('\n'));
    console.log(lines.join('\n'));
  } finally {
    children.forEach(stop);
  }
}

void main();
