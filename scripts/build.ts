// npm run build: the content index (scripts/indexContent.ts: every article read once, for next
// build's workers and the server to start from), `next build`, then the base search index.
// In that order: on 2 cores the search index beside next build (measured) slowed both, 183 s
// against 163 s in turn at 1,000 articles, since next build keeps a worker per core busy.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { searchIndexDir } from '../lib/search/searchIndexDir';

const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const NEXT = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const STEPS = [
  ['content index', [TSX, 'scripts/indexContent.ts']],
  ['next build', [NEXT, 'build']],
  ['search index', [TSX, 'scripts/buildSearchIndex.ts']],
] as const;

function run(args: readonly string[]): Promise<boolean> {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code === 0)));
}

async function main() {
  const seconds: Record<string, number> = {};
  for (const [label, args] of STEPS) {
    const started = performance.now();
    if (!(await run(args))) {
      console.error(`build: ${label} failed`);
      process.exit(1);
    }
    seconds[label] = (performance.now() - started) / 1000;
  }
  // Beside the build, for bench:scale, which reports each step.
  writeFileSync(path.join(path.dirname(searchIndexDir()), 'build-times.json'), JSON.stringify(seconds));
  console.log(
    `build: ${Object.entries(seconds)
      .map(([label, s]) => `${label} ${s.toFixed(1)} s`)
      .join(', ')}`,
  );
}

void main();
