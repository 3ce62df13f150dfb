// npm run build: the content index (scripts/build/contentIndex.ts: every article read once, for next
// build's workers and the server to start from), `next build`, the stylesheets compiled for the
// server to inline each page's critical CSS (scripts/build/criticalCssPlans.ts), then the base
// search index.
// In that order: on 2 cores the search index beside next build (measured) slowed both, 183 s
// against 163 s in turn at 1,000 articles, since next build keeps a worker per core busy.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchIndexDir } from '../../lib/search/searchIndexDir';
import { groupMemory, ownGroup } from './processTree';

const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const NEXT = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const STEPS = [
  ['content index', [TSX, 'scripts/build/contentIndex.ts']],
  ['next build', [NEXT, 'build']],
  ['critical CSS', [TSX, 'scripts/build/criticalCssPlans.ts']],
  ['search index', [TSX, 'scripts/build/searchIndex.ts']],
] as const;

/** Runs a step; `peak` is the most memory this process group held meanwhile (sampled every 100 ms). */
function run(args: readonly string[]): Promise<{ ok: boolean; peakMiB: number }> {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const group = ownGroup();
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, groupMemory(group))), 100);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ok: code === 0, peakMiB: Math.round(peak / 2 ** 20) });
    }),
  );
}

async function main() {
  const seconds: Record<string, number> = {};
  const peakMiB: Record<string, number> = {};
  for (const [label, args] of STEPS) {
    const started = performance.now();
    const step = await run(args);
    if (!step.ok) {
      console.error(`build: ${label} failed`);
      process.exit(1);
    }
    seconds[label] = (performance.now() - started) / 1000;
    peakMiB[label] = step.peakMiB;
  }
  // Beside the build, for bench:scale, which reports each step.
  writeFileSync(path.join(path.dirname(searchIndexDir()), 'build-times.json'), JSON.stringify({ seconds, peakMiB }));
  console.log(
    `build: ${STEPS.map(([label]) => `${label} ${seconds[label]!.toFixed(1)} s (peak ${peakMiB[label]} MiB)`).join(', ')}`,
  );
}

void main();
