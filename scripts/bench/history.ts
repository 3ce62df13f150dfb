// npm run bench:history — an article's history at its targets (issue 34): an article of 20,000
// characters of Arabic with 10 kept versions, each a small correction. In this process: the
// differences between two versions (parsed from their kept files, compared part by part). On a
// production server of its own build (`.next-bench-history`, a copy of content/ with the article
// added, never content/ itself): the history page and a pair's page, once made, as readers get
// them. Writes bench/history.md.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { articleOf, compareVersions } from '../../lib/history/compareVersions';
import { recordVersion, versionsOf } from '../../lib/history/versionStore';
import { wordDiff } from '../../lib/history/wordDiff';
import { buildForBench, ensureFree, start, stop, waitFor } from './servers';
import { summarise } from './stats';

const SEED = 'nato-rutte-bucharest-industry-forum';
const SLUG = 'bench-history-long';
const DIST = '.next-bench-history';
const PORT = 4230;
const VERSIONS = 10;
const CHARS = 20_000;

/** The seed's Arabic, its sections' paragraphs repeated until the article holds CHARS characters. */
function longArticle(seedText: string): string {
  const [, front = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(seedText) ?? [];
  const blocks = body.split('\n\n');
  let grown = blocks;
  for (let round = 2; grown.join('\n\n').length < CHARS; round++) {
    // Every paragraph again after itself (headings stay once): the sections keep their ids.
    grown = grown.flatMap((block) => (block.startsWith('##') || !block.trim() ? [block] : [block, block]));
  }
  return `${front.replace(/^headline:\n {2}ar: /m, 'headline:\n  ar: نسخ كثيرة — ')}${grown.join('\n\n')}`;
}

/** Version `n`: one figure changed in the nth paragraph that has one, and a word's tashkeel in another. */
function corrected(text: string, n: number): string {
  let seen = 0;
  return text
    .split('\n\n')
    .map((block) => {
      if (block.startsWith('##') || !/\d/.test(block)) return block;
      seen += 1;
      return seen === n ? block.replace(/\d+/, (digits) => String(Number(digits) + n)) : block;
    })
    .join('\n\n')
    .replace('أكد', n % 2 ? 'أكّد' : 'أكد');
}

const time = <T>(work: () => T) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

async function main() {
  await ensureFree(PORT);
  const root = mkdtempSync(path.join(tmpdir(), 'qari-history-bench-'));
  cpSync('content', root, { recursive: true, preserveTimestamps: true });
  const folder = path.join(root, 'articles', SLUG);
  cpSync(path.join('content', 'articles', SEED), folder, { recursive: true });
  const file = path.join(folder, 'article.ar.md');
  const first = longArticle(readFileSync(file, 'utf8'));
  const [summary, glossary] = ['summary.en.md', 'glossary.en.yaml'].map((name) =>
    readFileSync(path.join(folder, name), 'utf8'),
  );
  let text = first;
  const history = path.join(root, 'history');
  for (let n = 1; n <= VERSIONS; n++) {
    if (n > 1) text = corrected(text, n);
    const at = new Date(Date.UTC(2026, 11, 1, 6, n)).toISOString();
    const note = n > 1 ? { ar: `تصحيح رقم ${n}.`, en: `Correction ${n}.` } : null;
    await recordVersion(SLUG, { files: [text, summary!, glossary!], at, note, minor: false }, history);
  }
  writeFileSync(file, text);
  const versions = await versionsOf(SLUG, history);
  const arabic = text.length;

  // In this process: two versions compared, as the pair's page does (parse both, every part).
  const [older, newer] = [versions.at(-2)!, versions.at(-1)!];
  const compare = summarise(
    Array.from({ length: 30 }, () => time(() => compareVersions(articleOf(SLUG, older), articleOf(SLUG, newer)))),
  );
  const diffOnly = summarise(Array.from({ length: 30 }, () => time(() => wordDiff(older.files[0]!, newer.files[0]!))));

  // On a server: each page once made (its first request renders it), then as readers get it.
  buildForBench({ QARI_DIST_DIR: DIST, QARI_CONTENT_ROOT: root, SITE_URL: `http://127.0.0.1:${PORT}` });
  const server = start('node', ['lib/http/serve.mjs', '--port', String(PORT)], {
    QARI_DIST_DIR: DIST,
    QARI_CONTENT_ROOT: root,
  });
  const pages: Record<string, { first: number; then: ReturnType<typeof summarise> }> = {};
  try {
    await waitFor(`http://127.0.0.1:${PORT}/ar`);
    for (const page of [`/en/articles/${SLUG}/history`, `/ar/articles/${SLUG}/history/${VERSIONS - 1}/${VERSIONS}`]) {
      const url = `http://127.0.0.1:${PORT}${page}`;
      const get = async () => {
        const started = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${page}: ${response.status}`);
        return performance.now() - started;
      };
      const first = await get();
      const then: number[] = [];
      for (let i = 0; i < 30; i++) then.push(await get());
      pages[page] = { first, then: summarise(then) };
    }
  } finally {
    stop(server);
    rmSync(root, { recursive: true, force: true });
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `# An article's history (${new Date().toISOString()}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'})`,
    '',
    `An article of ${arabic.toLocaleString('en')} characters (the seed's sections, their paragraphs repeated) with ${VERSIONS} kept versions, each a changed figure and a change of tashkeel.`,
    '',
    '| what | median (min–max) | target | |',
    '|---|---|---|---|',
    `| two versions compared, in one process (both parsed from their kept files, every part) | ${ms(compare.median)} (${ms(compare.min)}–${ms(compare.max)}) | ≤ 20 ms | **${compare.median <= 20 ? 'met' : 'not met'}** |`,
    `| of it, the Arabic text's word diff alone | ${ms(diffOnly.median)} (${ms(diffOnly.min)}–${ms(diffOnly.max)}) | | |`,
    ...Object.entries(pages).map(
      ([page, { first, then }]) =>
        `| \`${page}\` from the server, after its first request (${ms(first)}), 30 requests | ${ms(then.median)} (${ms(then.min)}–${ms(then.max)}) | ≤ 50 ms | **${then.median <= 50 ? 'met' : 'not met'}** |`,
    ),
    '',
  ];
  writeFileSync('bench/history.md', lines.join('\n'));
  console.log(lines.join('\n'));
}

void main();
