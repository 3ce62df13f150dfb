// npm run bench:long-tasks — every main-thread task over 50 ms while the seed's reader and the
// library load, beside bare Next.js rendering the same article, and what each task is (issue 37).
// Lighthouse 12 mobile at 390 × 844, both throttling methods, BENCH_RUNS runs each (default 3):
// its TBT and main-thread work (medians), and from its own trace and task model each long task's
// self time by kind (script time by the chunk it ran in, named by what the chunk holds). Applied
// throttling's trace is the page slowed 4× for real; simulated throttling's is unthrottled, and
// Lighthouse's long-tasks list gives the durations it simulated. Serves its own builds
// (`.next-bench-long-tasks`, the bare reference). Writes bench/long-tasks.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { content } from '../../lib/content/source/contentSource';
import { BARE_DIR, buildBareNext, startBareNext } from './bareNextReference';
import { runLighthouse, type LighthouseFigures, type Throttling } from './lighthouseRuns';
import { buildForBench, ensureFree, start, stop, waitFor } from './servers';
import { ms, ratio, summarise } from './stats';

const DIST = '.next-bench-long-tasks';
const PORTS = { qari: 4250, bare: 4251 };
const QARI = `http://127.0.0.1:${PORTS.qari}`;
const SLUG = 'nato-rutte-bucharest-industry-forum';
const PAGES = {
  'bare Next.js': `http://127.0.0.1:${PORTS.bare}/`,
  reader: `${QARI}/ar/articles/${SLUG}`,
  library: `${QARI}/ar`,
};
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const THROTTLING: Throttling[] = ['devtools', 'simulate'];
process.env.CHROME_PATH ??= existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

/** What a script is: its file, size and the parts a reader of the table knows it by. */
function scriptName(url: string): string {
  if (!URL.canParse(url)) return url || 'no script named'; // Lighthouse's "Unattributable", "Other"
  const { pathname } = new URL(url);
  const file = path.basename(pathname);
  if (!pathname.startsWith('/_next/static/chunks/')) return pathname === '/' || !file ? 'the page (inline)' : file;
  const candidates = [path.join(DIST, 'static/chunks', file), path.join(BARE_DIR, '.next/static/chunks', file)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) return file;
  const source = readFileSync(found, 'utf8');
  const marks: [RegExp, string][] = [
    [/hydrateRoot|__reactContainer\$/, 'react-dom'],
    [/TURBOPACK_CHUNK_LISTS|__turbopack_load_page_chunks__|turbopackChunkListPath/, 'turbopack runtime'],
    [/next-router-state-tree|ACTION_SERVER_PATCH/, 'next router'],
    [/next-intl|NextIntlClientProvider/, 'next-intl'],
    [/qari:annotations/, 'highlights'],
    [/SectionNavigator|section-navigator/, 'navigator'],
  ];
  const known = marks.filter(([pattern]) => pattern.test(source)).map(([, name]) => name);
  return `${file} (${Math.round(source.length / 1024)} KiB${known.length ? `: ${known.join(', ')}` : ''})`;
}

const GROUP: Record<string, string> = {
  scriptEvaluation: 'script',
  scriptParseCompile: 'compile',
  styleLayout: 'style & layout',
  parseHTML: 'HTML & CSS parsing',
  paintCompositeRender: 'rendering',
  garbageCollection: 'GC',
  other: 'other',
};
function partName(key: string) {
  const [group = '', ...url] = key.split(' ');
  return url.length ? `${GROUP[group] ?? group} in ${scriptName(url.join(' '))}` : (GROUP[group] ?? group);
}

type Run = LighthouseFigures;

/**
 * Main-thread work by Lighthouse's groups (medians), beside bare Next's: where a page's work is,
 * and whether a cut moved it more than runs vary. Runs saved before it was kept have none.
 */
function byGroup(runs: Run[], bare: Run[]): string[] {
  const groups = [...new Set(runs.flatMap((run) => Object.keys(run.breakdown ?? {})))];
  if (!groups.length) return [];
  const median = (of: Run[], group: string) => summarise(of.map((run) => run.breakdown?.[group] ?? 0)).median ?? 0;
  const parts = groups
    .map((group) => [group, median(runs, group), median(bare, group)] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([group, own, reference]) => `${GROUP[group] ?? group} ${ms(own)} (bare ${ms(reference)})`);
  return [`Main-thread work by kind, medians: ${parts.join('; ')}.`, ''];
}

function section(name: string, throttling: Throttling, runs: Run[], bare: Run[]) {
  const median = (of: Run[], pick: (run: Run) => number | null) => summarise(of.map(pick)).median;
  const tbt = summarise(runs.map((r) => r.tbt));
  const main = median(runs, (r) => r.mainThread);
  const lcp = median(runs, (r) => r.lcp);
  const cls = Math.max(...runs.map((r) => r.cls ?? 0));
  const lines = [
    '',
    `### ${name}, ${throttling === 'devtools' ? 'applied' : 'simulated'} throttling`,
    '',
    `TBT ${ms(tbt.median)} (${ms(tbt.min)}–${ms(tbt.max)}), ${ratio(
      tbt.median,
      median(bare, (r) => r.tbt),
    )} bare; ` +
      `main-thread work ${ms(main)}, ${ratio(
        main,
        median(bare, (r) => r.mainThread),
      )} bare; ` +
      `LCP ${ms(lcp)}, ${ratio(
        lcp,
        median(bare, (r) => r.lcp),
      )} bare; CLS at most ${cls.toFixed(3)}; ` +
      `performance ${median(runs, (r) => r.performance)}.`,
    '',
    ...byGroup(runs, bare),
  ];
  if (throttling === 'devtools') {
    lines.push('| run | starts | task | over 50 ms | what ran in it (self time ≥ 3 ms) |', '|---|---|---|---|---|');
    runs.forEach((run, index) => {
      for (const task of run.longTasks ?? []) {
        const what = task.parts
          .filter(([, time]) => time >= 3)
          .map(([key, time]) => `${partName(key)} ${ms(time)}`)
          .join('; ');
        lines.push(`| ${index + 1} | ${ms(task.start)} | ${ms(task.duration)} | ${ms(task.duration - 50)} | ${what} |`);
      }
      if (!run.longTasks?.length) lines.push(`| ${index + 1} | | none | | |`);
    });
  } else {
    lines.push('| run | starts (simulated) | task (simulated) | script it is attributed to |', '|---|---|---|---|');
    runs.forEach((run, index) => {
      for (const task of run.longTasksAudit ?? []) {
        lines.push(`| ${index + 1} | ${ms(task.startTime)} | ${ms(task.duration)} | ${scriptName(task.url)} |`);
      }
      if (!run.longTasksAudit?.length) lines.push(`| ${index + 1} | | none | |`);
    });
  }
  return lines;
}

function render(runs: Record<Throttling, Record<string, Run[]>>, date: string) {
  const lines = [
    '# Long tasks while a page loads',
    '',
    `\`npm run bench:long-tasks\`, ${date} UTC: Lighthouse 12 mobile at 390 × 844, ${runs.devtools['bare Next.js']?.length ?? RUNS} runs of each page and throttling, interleaved. Applied throttling: every task over 50 ms in the run's trace, its self time by kind (Lighthouse's task model), script time by the chunk it ran in. Simulated: Lighthouse's own list of the tasks it simulated over 50 ms. Raw figures: long-tasks.json.`,
  ];
  for (const name of Object.keys(PAGES)) {
    lines.push('', `## ${name}`);
    for (const throttling of THROTTLING) {
      lines.push(...section(name, throttling, runs[throttling][name]!, runs[throttling]['bare Next.js']!));
    }
  }
  lines.push('');
  writeFileSync('bench/long-tasks.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

async function main() {
  // LONG_TASKS_FROM=bench/long-tasks.json: the tables again from a run's raw figures (chunks named from its builds).
  if (process.env.LONG_TASKS_FROM) {
    const saved = JSON.parse(readFileSync(process.env.LONG_TASKS_FROM, 'utf8')) as {
      date: string;
      runs: Record<Throttling, Record<string, Run[]>>;
    };
    return render(saved.runs, saved.date);
  }
  for (const port of Object.values(PORTS)) await ensureFree(port);
  const article = content().getArticle(SLUG);
  if (!article) throw new Error(`no article ${SLUG} to measure`);
  buildForBench({ QARI_DIST_DIR: DIST, SITE_URL: QARI, QARI_EXTRA_CONTENT_DIR: '', NEXT_TELEMETRY_DISABLED: '1' });
  buildBareNext(article);
  const servers = [
    start(process.execPath, ['lib/http/serve.mjs', '--port', String(PORTS.qari), '--hostname', '127.0.0.1'], {
      QARI_DIST_DIR: DIST,
    }),
    startBareNext(PORTS.bare),
  ];
  const date = new Date().toISOString().slice(0, 16);
  try {
    await Promise.all(Object.values(PAGES).map((url) => waitFor(url)));
    const runs: Record<Throttling, Record<string, Run[]>> = { devtools: {}, simulate: {} };
    for (const throttling of THROTTLING) {
      for (let i = 0; i < RUNS; i++) {
        for (const [name, url] of Object.entries(PAGES)) {
          console.error(`lighthouse ${throttling}: ${name} (run ${i + 1} of ${RUNS})`);
          (runs[throttling][name] ??= []).push(await runLighthouse(url, 'mobile', throttling, 'first', true));
        }
      }
    }
    // Raw figures first, so a formatting slip never costs the runs.
    writeFileSync('bench/long-tasks.json', JSON.stringify({ date, runs }, null, 2));
    render(runs, date);
  } finally {
    servers.forEach(stop);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
