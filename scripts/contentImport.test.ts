import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const seed = path.join(root, 'e2e', 'fixtures', 'seed-000_52e38cd99991133a.txt');

/** Runs the real command in an empty project folder, as an editor would. */
function runImport(args: string[], cwd = mkdtempSync(path.join(tmpdir(), 'qari-import-'))) {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(root, 'scripts', 'contentImport.ts'),
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  );
  const articles = path.join(cwd, 'content', 'articles');
  return { ...result, cwd, written: existsSync(articles) ? readdirSync(articles) : [] };
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
});
