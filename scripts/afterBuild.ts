// npm run build, after `next build`: the search index, written into the build directory. (Open
// Graph images are drawn on their first request, and each page's CSP hashes are taken as it is
// sent: neither waits for the build any more.)
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const { status } = spawnSync(
  process.execPath,
  [TSX, path.join('scripts', 'buildSearchIndex.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(status ?? 1);
