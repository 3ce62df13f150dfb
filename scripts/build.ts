// npm run build: the content index first (scripts/indexContent.ts: every article read once, for
// next build's workers and the server to start from), then `next build` and the base search index
// side by side — they read different things, and next build leaves a core idle through its
// compile and type-check phases. The index is written beside the build directory and moved into
// it once both are done, since next build empties that directory as it starts.
import { spawn } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchIndexDir } from '../lib/search/searchIndexDir';

const BUILD_TIMES_FILE = () => path.join(path.dirname(searchIndexDir()), 'build-times.json');

const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const NEXT = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

function run(label: string, args: string[]): Promise<{ label: string; ok: boolean; seconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ label, ok: code === 0, seconds: (performance.now() - started) / 1000 })),
  );
}

async function main() {
  const index = await run('content index', [TSX, 'scripts/indexContent.ts']);
  if (!index.ok) process.exit(1);
  // Outside the build directory, which next build empties as it starts.
  const staging = `${path.dirname(searchIndexDir())}-search`;
  rmSync(staging, { recursive: true, force: true });
  const steps = await Promise.all([
    run('next build', [NEXT, 'build']),
    run('search index', [TSX, 'scripts/buildSearchIndex.ts', '--out', staging]),
  ]);
  const failed = steps.filter((step) => !step.ok).map((step) => step.label);
  if (failed.length) {
    console.error(`build: ${failed.join(', ')} failed`);
    process.exit(1);
  }
  rmSync(searchIndexDir(), { recursive: true, force: true });
  renameSync(staging, searchIndexDir());
  const all = [index, ...steps];
  // For bench:scale, which reports each step.
  writeFileSync(BUILD_TIMES_FILE(), JSON.stringify(Object.fromEntries(all.map((step) => [step.label, step.seconds]))));
  console.log(`build: ${all.map((step) => `${step.label} ${step.seconds.toFixed(1)} s`).join(', ')}`);
}

void main();
