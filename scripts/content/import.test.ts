import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../lib/content/readArticleFolder';
import { SEED_FIXTURE_PATH } from '../../lib/content/testing/seedFixture';

const root = process.cwd();
const seed = SEED_FIXTURE_PATH;

const COMMAND = [
  path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
  path.join(root, 'scripts', 'content', 'import.ts'),
];
const emptyProject = () => mkdtempSync(path.join(tmpdir(), 'qari-import-'));
const articlesOf = (cwd: string) => path.join(cwd, 'content', 'articles');

/** Runs the real command in an empty project folder, as an editor would. */
function runImport(args: string[], cwd = emptyProject()) {
  const result = spawnSync(process.execPath, [...COMMAND, ...args], { cwd, encoding: 'utf8' });
  const articles = articlesOf(cwd);
  // What a reader of content sees: `.`-folders are an import's work in progress, skipped by all.
  const written = existsSync(articles) ? readdirSync(articles).filter((name) => !name.startsWith('.')) : [];
  return { ...result, cwd, written };
}

/** The same command, started without waiting: for races and kills. */
function startImport(args: string[], cwd: string) {
  const child = spawn(process.execPath, [...COMMAND, ...args], { cwd });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit };
}

describe('npm run content:import', () => {
  it('imports the seed as a draft and reports what it found, dropped lines quoted', () => {
    const { status, stdout, written } = runImport([seed, '--slug', 'nato-forum']);
    expect(status).toBe(0);
    expect(written).toEqual(['nato-forum']);
    expect(stdout).toContain('author: بسنت الفرماوي');
    expect(stdout).toContain('sections: 7');
    expect(stdout).toContain('paragraphs: 8');
    expect(stdout).toContain('line 17: "يمكنك قراءة المزيد في المصدر."');
    expect(stdout).toContain('line 18: "لمزيد من التفاصيل اضغط هنا."');
  }, 20_000);

  it('generates a readable slug from the file name when none is given', () => {
    const { status, written } = runImport([seed]);
    expect(status).toBe(0);
    expect(written).toEqual(['seed-000-52e38cd99991133a']);
  }, 20_000);

  it.each([
    ['a missing file', ['no-such-file.txt'], 'no-such-file.txt: no such file'],
    ['a bad slug', [seed, '--slug', 'مقال'], 'slug "مقال" must be lowercase ASCII'],
  ])(
    'refuses %s, writing nothing',
    (_name, args, message) => {
      const { status, stderr, written } = runImport(args);
      expect(status).not.toBe(0);
      expect(stderr).toContain(message);
      expect(written).toEqual([]);
    },
    20_000,
  );

  it('refuses bytes that are not UTF-8, writing nothing', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qari-raw-')), 'latin1.txt');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const { status, stderr, written } = runImport([file]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('is not UTF-8 text');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(written).toEqual([]);
  }, 20_000);

  it('refuses a slug that exists unless --force', () => {
    const first = runImport([seed, '--slug', 'same']);
    const again = runImport([seed, '--slug', 'same'], first.cwd);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('content/articles/same exists already');
    const forced = runImport([seed, '--slug', 'same', '--force'], first.cwd);
    expect(forced.status).toBe(0);
  }, 30_000);

  it('imports every .txt of a folder with one report; a refused file writes nothing, the others go in', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'qari-batch-'));
    const seedText = readFileSync(seed);
    writeFileSync(path.join(folder, 'first-article.txt'), seedText);
    writeFileSync(path.join(folder, 'second-article.txt'), seedText);
    writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(folder, 'empty.txt'), '\n\n');
    writeFileSync(path.join(folder, 'notes.md'), 'not a raw text');
    const { status, stdout, stderr, written } = runImport([folder]);
    expect(status).toBe(1);
    expect(written.sort()).toEqual(['first-article', 'second-article']);
    expect(stdout).toContain('→ content/articles/first-article/ (draft)');
    expect(stdout).toContain('→ content/articles/second-article/ (draft)');
    expect(stdout).toContain('sections: 7');
    expect(stderr).toContain('broken.txt is not UTF-8 text');
    expect(stderr).toContain('empty.txt is empty');
    expect(stdout).toContain('content:import: 2 imported, 2 refused, of 4 file(s)');
  }, 30_000);

  it('of two imports to one slug at once, exactly one succeeds and the article is whole', async () => {
    for (let round = 0; round < 3; round++) {
      const cwd = emptyProject();
      const [a, b] = [startImport([seed, '--slug', 'race'], cwd), startImport([seed, '--slug', 'race'], cwd)];
      const codes = [await a.exit, await b.exit].sort();
      expect(codes).toEqual([0, 1]);
      expect(readdirSync(articlesOf(cwd)).filter((name) => !name.startsWith('.'))).toEqual(['race']);
      expect(readArticleFolder(articlesOf(cwd), 'race')?.sections).toHaveLength(8);
    }
  }, 60_000);

  it('an import killed at any moment leaves no partial or empty article folder', async () => {
    // A large text (1.5 MB, under the limit) so writing takes a while; killed at times spread
    // over the whole run. Whatever the moment, every folder a reader would see is complete.
    const folder = mkdtempSync(path.join(tmpdir(), 'qari-big-'));
    const big = path.join(folder, 'big.txt');
    const paragraph = readFileSync(seed, 'utf8').split('\n')[1]!;
    const count = Math.floor((1.5 * 1024 * 1024) / Buffer.byteLength(`${paragraph}\n`));
    writeFileSync(big, `${Array.from({ length: count }, () => paragraph).join('\n')}\n`);
    for (const delay of [50, 200, 400, 600, 800, 1000, 1300, 1700]) {
      const cwd = emptyProject();
      const run = startImport([big, '--slug', 'big'], cwd);
      await new Promise((resolve) => setTimeout(resolve, delay));
      run.child.kill('SIGKILL');
      await run.exit;
      const articles = articlesOf(cwd);
      const seen = existsSync(articles) ? readdirSync(articles).filter((name) => !name.startsWith('.')) : [];
      for (const slug of seen) expect(readArticleFolder(articles, slug)?.sections[0]?.paragraphs).toHaveLength(count);
    }
  }, 60_000);

  it('refuses a raw text over the size limit, writing nothing', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qari-huge-')), 'huge.txt');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'نص '.repeat(500_000));
    const { status, stderr, written } = runImport([file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/huge\.txt: the file is \d+ KiB, over the limit of 2048 KiB/);
    expect(written).toEqual([]);
  }, 20_000);
});
