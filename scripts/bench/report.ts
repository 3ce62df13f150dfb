import type { LighthouseFigures, LighthouseMetric, Throttling } from './lighthouseRuns';
import type { LoadFigures } from './loadTest';
import { fixed, kib, ms, ratio, summarise } from './stats';

type Spread = ReturnType<typeof summarise>;
export type Series = Record<LighthouseMetric, Spread> & {
  bytes: LighthouseFigures['bytes'];
  failing: string[];
};

export interface BenchResults {
  date: string;
  runs: number;
  lighthouse: Record<Throttling, Record<string, Series>>;
  /** Repeat visits (applied throttling, storage kept): the static page and the saved article. */
  repeat: Record<string, Series>;
  load: Record<string, LoadFigures>;
}

const METHOD = { simulate: 'simulated throttling (Lighthouse default)', devtools: 'applied throttling (devtools)' };
const READERS = ['reader', 'reader, summaries on'];

const spread = (s: Spread) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const check = (met: boolean) => (met ? 'met' : '**not met**');

/** Issue 14's targets for one reader variant: each against the bare Next.js page of the same run. */
function targets(lh: BenchResults['lighthouse'], page: string): string[] {
  const sim = lh.simulate[page]!;
  const dev = lh.devtools[page]!;
  const bareSim = lh.simulate['bare Next.js']!;
  const bareDev = lh.devtools['bare Next.js']!;
  const lcpSim = sim.lcp.median / bareSim.lcp.median;
  const lcpDev = dev.lcp.median / bareDev.lcp.median;
  return [
    `| ${page} | simulated LCP ≤ 1.15× bare | ${lcpSim.toFixed(2)}× | ${check(lcpSim <= 1.15)} |`,
    `| ${page} | applied LCP ≤ 1.10× bare | ${lcpDev.toFixed(2)}× | ${check(lcpDev <= 1.1)} |`,
    `| ${page} | applied performance 100 | ${dev.performance.median} | ${check(dev.performance.median >= 100)} |`,
    `| ${page} | TBT ≤ bare + 15 ms (simulated) | ${ms(sim.tbt.median)} vs ${ms(bareSim.tbt.median)} | ${check(sim.tbt.median <= bareSim.tbt.median + 15)} |`,
    `| ${page} | TBT ≤ bare + 15 ms (applied) | ${ms(dev.tbt.median)} vs ${ms(bareDev.tbt.median)} | ${check(dev.tbt.median <= bareDev.tbt.median + 15)} |`,
    // CLS as Lighthouse shows it (three decimals): a shift of 0.0001 is no visible movement.
    `| ${page} | CLS 0 | ${fixed(Math.max(sim.cls.max, dev.cls.max))} | ${check(Math.max(sim.cls.max, dev.cls.max) < 0.0005)} |`,
  ];
}

/** Issue 22's targets for one reader variant, each against the bare Next.js page of the same run. */
function floorTargets(lh: BenchResults['lighthouse'], page: string): string[] {
  const [sim, dev] = [lh.simulate[page]!, lh.devtools[page]!];
  const [bareSim, bareDev] = [lh.simulate['bare Next.js']!, lh.devtools['bare Next.js']!];
  const times = (a: number, b: number) => a / b;
  const row = (target: string, value: number, limit: number) =>
    `| ${page} | ${target} | ${value.toFixed(2)}× | ${check(value <= limit)} |`;
  return [
    row('applied LCP ≤ 1.10× bare', times(dev.lcp.median, bareDev.lcp.median), 1.1),
    row('simulated LCP ≤ 1.15× bare', times(sim.lcp.median, bareSim.lcp.median), 1.15),
    row('TBT ≤ 1.2× bare (simulated)', times(sim.tbt.median, bareSim.tbt.median), 1.2),
    row('TBT ≤ 1.2× bare (applied)', times(dev.tbt.median, bareDev.tbt.median), 1.2),
    row('main-thread work ≤ 1.5× bare (simulated)', times(sim.mainThread.median, bareSim.mainThread.median), 1.5),
    `| ${page} | applied performance ≥ bare's | ${dev.performance.median} vs ${bareDev.performance.median} | ${check(dev.performance.median >= bareDev.performance.median)} |`,
    `| ${page} | first-load JS ≤ 140 KiB | ${kib(sim.bytes.js)} | ${check(sim.bytes.js <= 140 * 1024)} |`,
  ];
}

/** Issue 37's targets for a page, against the bare Next.js page of the same run: the main thread after the first paint. */
function longTaskTargets(lh: BenchResults['lighthouse'], page: string): string[] {
  const [sim, dev] = [lh.simulate[page]!, lh.devtools[page]!];
  const [bareSim, bareDev] = [lh.simulate['bare Next.js']!, lh.devtools['bare Next.js']!];
  const row = (target: string, value: number, reference: number, limit: number) =>
    `| ${page} | ${target} | ${ms(value)} vs ${ms(reference)} = ${(value / reference).toFixed(2)}× | ${check(value / reference <= limit)} |`;
  return [
    row('TBT ≤ 1.2× bare (simulated)', sim.tbt.median, bareSim.tbt.median, 1.2),
    row('TBT ≤ 1.2× bare (applied)', dev.tbt.median, bareDev.tbt.median, 1.2),
    row('main-thread work ≤ 1.5× bare (simulated)', sim.mainThread.median, bareSim.mainThread.median, 1.5),
    row('main-thread work ≤ 1.5× bare (applied)', dev.mainThread.median, bareDev.mainThread.median, 1.5),
    row('applied LCP ≤ 1.0× bare', dev.lcp.median, bareDev.lcp.median, 1.0),
  ];
}

export function report({ date, runs, lighthouse, repeat, load }: BenchResults) {
  const lines = [`# Qari benchmark (${date}; mobile; ${runs} Lighthouse runs each: median, min–max)`];
  for (const method of ['simulate', 'devtools'] as const) {
    const pages = lighthouse[method];
    const stat = pages['static HTML']!;
    const bare = pages['bare Next.js']!;
    lines.push(
      '',
      `## ${METHOD[method]}`,
      '',
      '| page | perf | FCP | LCP | × static | × bare | TBT (× bare) | CLS | main thread (× bare) | requests | transfer | HTML | JS | CSS | fonts |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const [page, s] of Object.entries(pages)) {
      lines.push(
        `| ${page} | ${s.performance.median} | ${ms(s.fcp.median)} | ${spread(s.lcp)} | ${ratio(s.lcp.median, stat.lcp.median)} | ${ratio(s.lcp.median, bare.lcp.median)} | ${spread(s.tbt)} (${ratio(s.tbt.median, bare.tbt.median)}) | ${fixed(s.cls.median)} | ${ms(s.mainThread.median)} (${ratio(s.mainThread.median, bare.mainThread.median)}) | ${s.requests.median} | ${kib(s.transferBytes.median)} | ${kib(s.bytes.html)} | ${kib(s.bytes.js)} | ${kib(s.bytes.css)} | ${kib(s.bytes.fonts)} |`,
      );
    }
  }
  lines.push('', '## Targets (issue 14)', '', '| page | target | measured | |', '|---|---|---|---|');
  for (const page of READERS) lines.push(...targets(lighthouse, page));
  lines.push('', '## Targets (issue 22)', '', '| page | target | measured | |', '|---|---|---|---|');
  for (const page of READERS) lines.push(...floorTargets(lighthouse, page));
  lines.push('', '## Targets (issue 37)', '', '| page | target | measured | |', '|---|---|---|---|');
  for (const page of ['reader', 'library']) lines.push(...longTaskTargets(lighthouse, page));
  const again = repeat.reader!;
  const againStatic = repeat['static HTML']!;
  const againRatio = again.lcp.median / againStatic.lcp.median;
  lines.push(
    `| reader, repeat visit (worker warm) | applied LCP ≤ 1.10× static, repeat visit | ${spread(again.lcp)} vs ${spread(againStatic.lcp)} = ${againRatio.toFixed(2)}× | ${check(againRatio <= 1.1)} |`,
    `| reader, repeat visit | accessibility, best practices, SEO 100 | ${again.accessibility.median}, ${again.bestPractices.median}, ${again.seo.median} | ${check(Math.min(again.accessibility.median, again.bestPractices.median, again.seo.median) >= 100)} |`,
  );
  const failing = Object.entries({ ...lighthouse, repeat: { reader: again } }).flatMap(([method, pages]) =>
    Object.entries(pages).flatMap(([page, s]) => s.failing.map((audit) => `- ${page}, ${method}: ${audit}`)),
  );
  lines.push('', 'Audits not passed (any run):', ...(failing.length ? failing : ['- none']));
  const base = load['static HTML']!;
  lines.push('', '| server | req/s (× static) | p50 | p99 | errors | non-2xx |', '|---|---|---|---|---|---|');
  for (const [name, l] of Object.entries(load)) {
    lines.push(
      `| ${name} | ${l.requestsPerSecond} (${ratio(l.requestsPerSecond, base.requestsPerSecond)}) | ${l.p50} ms | ${l.p99} ms | ${l.errors} | ${l.non2xx} |`,
    );
  }
  const r = lighthouse.simulate.reader!;
  const rd = lighthouse.devtools.reader!;
  const bs = lighthouse.simulate['bare Next.js']!;
  const bd = lighthouse.devtools['bare Next.js']!;
  const summary = `bench: reader mobile perf ${r.performance.median}/${rd.performance.median} (simulated/applied), LCP ${ms(r.lcp.median)} = ${ratio(r.lcp.median, bs.lcp.median)} bare (applied ${ms(rd.lcp.median)} = ${ratio(rd.lcp.median, bd.lcp.median)}), TBT ${ms(r.tbt.median)} vs bare ${ms(bs.tbt.median)}, CLS ${fixed(r.cls.median)}, HTML ${kib(r.bytes.html)}, JS ${kib(r.bytes.js)}, fonts ${kib(r.bytes.fonts)}, ${r.requests.median} requests vs bare ${bs.requests.median}`;
  return { markdown: lines.join('\n'), summary };
}
