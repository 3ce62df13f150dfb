// npm run build, after `next build`: the search index, the Open Graph images and the pages'
// CSP hashes, written into the build directory. The three read different things and write
// different files, so they run side by side: on this 2-core machine that saves ~10 s at
// 1,000 articles (the images alone take ~30 s there).
import { spawn } from 'node:child_process';
import path from 'node:path';

const STEPS = ['buildSearchIndex.ts', 'buildOgImages.ts', 'buildCspHashes.ts'];
const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(script: string): Promise<number> {
  const child = spawn(process.execPath, [TSX, path.join('scripts', script), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function main() {
  const codes = await Promise.all(STEPS.map(run));
  const failed = STEPS.filter((_, index) => codes[index] !== 0);
  if (failed.length) {
    console.error(`after build: ${failed.join(', ')} failed`);
    process.exit(1);
  }
}

void main();
