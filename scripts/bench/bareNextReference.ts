import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../lib/content/schema';
import { start } from './servers';

// The framework's floor: a bare Next.js app (scripts/bench/bareNext) rendering the same article,
// same words and headings, no island; built with the same Next version. npm run bench and
// npm run bench:long-tasks measure Qari beside it.
//
// Built from a copy outside the repository: Next 16.5's Turbopack takes the convention files at
// its root (the repository's proxy.ts, instrumentation-client.ts) into any app built under it, so
// the "bare" app would carry Qari's. The copy has node_modules as hard links (no bytes copied) and
// a lockfile of its own, so it is its own root.
const SOURCE = 'scripts/bench/bareNext';
export const BARE_DIR = path.join(tmpdir(), 'qari-bare-next');
// The copy's own Next: the app then finds one React, the copy's (with the repository's Next it found two).
const NEXT = path.join(BARE_DIR, 'node_modules/.bin/next');

export function buildBareNext(article: Article) {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(BARE_DIR, { recursive: true });
  cpSync(SOURCE, BARE_DIR, { recursive: true, filter: (from) => !from.includes(`${SOURCE}/.next`) });
  const linked = spawnSync('cp', ['-al', path.resolve('node_modules'), path.join(BARE_DIR, 'node_modules')]);
  if (linked.status !== 0) throw new Error(`node_modules could not be linked into ${BARE_DIR}: ${linked.stderr}`);
  writeFileSync(path.join(BARE_DIR, 'package.json'), JSON.stringify({ name: 'qari-bare-next', private: true }));
  writeFileSync(path.join(BARE_DIR, 'package-lock.json'), JSON.stringify({ name: 'qari-bare-next', lockfileVersion: 3 }));
  writeFileSync(
    path.join(BARE_DIR, 'article.json'),
    JSON.stringify({
      headline: article.headline.ar,
      author: article.author,
      sections: article.sections.map((s) => ({ id: s.id, heading: s.heading ?? 'مقدمة', paragraphs: s.paragraphs })),
    }),
  );
  const result = spawnSync(NEXT, ['build'], { cwd: BARE_DIR, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the bare Next.js reference did not build');
}

export const startBareNext = (port: number) =>
  start(NEXT, ['start', BARE_DIR, '--port', String(port), '--hostname', '127.0.0.1']);
