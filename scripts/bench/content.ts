// npm run bench:content — how the editor's commands grow with their input: `content:import` and
// `content:check` of one article of 25,000 to 100,000 lines, and `content:check` of a library of
// 1,000 synthetic articles. Whole commands, Node's start included, each in a temporary project
// (never content/). Prints a table and writes bench/content.{json,md}.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SEED_FIXTURE_PATH } from '../../lib/content/testing/seedFixture';
import { writeSyntheticLibrary } from '../content/syntheticLibrary';

const root = process.cwd();
const TSX = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LINE_COUNTS = [25_000, 50_000, 100_000];
const LIBRARY = 1_000;

/** Runs one of the editor scripts in `cwd`; its wall time in ms. */
function timed(script: string, args: string[], cwd: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [TSX, path.join(root, 'scripts', script), ...args], {
    cwd,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (run.status !== 0)
    throw new Error(`${script} ${args.join(' ')}: exit ${run.status}\n${run.stdout}\n${run.stderr}`);
  return ms;
}

function emptyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-bench-content-'));
  mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  cpSync(path.join(root, 'content', 'topics.yaml'), path.join(dir, 'content', 'topics.yaml'));
  return dir;
}

/** The seed's raw text followed by short paragraphs, one line each, to `lines` lines. */
function rawText(lines: number): string {
  const seed = readFileSync(SEED_FIXTURE_PATH, 'utf8').trimEnd().split('\n');
  const extra = Array.from({ length: lines - seed.length }, (_, i) => `نص ${i + 1}.`);
  return `${[...seed, ...extra].join('\n')}\n`;
}

function main() {
  const rows = LINE_COUNTS.map((lines) => {
    const project = emptyProject();
    try {
      const raw = path.join(project, 'long.txt');
      writeFileSync(raw, rawText(lines));
      const importMs = timed('contentImport.ts', [raw, '--slug', 'long'], project);
      const markdownLines = readFileSync(
        path.join(project, 'content', 'articles', 'long', 'article.ar.md'),
        'utf8',
      ).split('\n').length;
      // The draft has TODOs (warnings) but no errors: content:check exits 0.
      const checkMs = timed('contentCheck.ts', [], project);
      return { lines, markdownLines, importMs, checkMs };
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  const project = emptyProject();
  let libraryMs: number;
  try {
    writeSyntheticLibrary(path.join(project, 'content', 'articles'), LIBRARY);
    libraryMs = timed('contentCheck.ts', [], project);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }

  const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
  const perThousand = (n: number, lines: number) => `${((n / lines) * 1000).toFixed(1)} ms`;
  const lines = [
    `# Qari editor commands (${new Date().toISOString()}; whole commands, Node start included)`,
    '',
    '| raw lines | article lines | content:import | per 1,000 lines | content:check | per 1,000 lines |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.lines.toLocaleString('en')} | ${r.markdownLines.toLocaleString('en')} | ${ms(r.importMs)} | ${perThousand(r.importMs, r.lines)} | ${ms(r.checkMs)} | ${perThousand(r.checkMs, r.markdownLines)} |`,
    ),
    '',
    `content:check of ${LIBRARY.toLocaleString('en')} synthetic articles (and the topics registry): ${ms(libraryMs)}`,
    '',
    `Targets: 100,000 lines imported and checked in ≤ 2 s each (issue 13); ${LIBRARY.toLocaleString('en')} articles checked in ≤ 5 s (issue 15).`,
  ];
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/content.json',
    JSON.stringify({ rows, library: { articles: LIBRARY, checkMs: libraryMs } }, null, 2),
  );
  writeFileSync('bench/content.md', `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

main();
