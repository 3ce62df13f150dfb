import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../../lib/content/articleFolder';
import { readArticleFolder } from '../../lib/content/readArticleFolder';
import { today } from '../../lib/editorial/publishFrontmatter';
import { SEED_FIXTURE_PATH } from '../../lib/content/testing/seedFixture';

const root = process.cwd();
const TSX = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SLUG = 'nato-rutte-bucharest-industry-forum';

/** A project folder holding a copy of the seed article as a draft with no date (never content/). */
function projectWithDraft() {
  const cwd = mkdtempSync(path.join(tmpdir(), 'qari-publish-'));
  const articles = path.join(cwd, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  cpSync(path.join(root, 'content', 'topics.yaml'), path.join(cwd, 'content', 'topics.yaml'));
  cpSync(path.join(CONTENT_DIR, SLUG), path.join(articles, SLUG), { recursive: true });
  const file = path.join(articles, SLUG, 'article.ar.md');
  const text = readFileSync(file, 'utf8');
  expect(text).not.toMatch(/^(date|draft):/m);
  writeFileSync(file, text.replace('topics: [', 'draft: true\ntopics: ['));
  return { cwd, articles, file };
}

function run(script: string, args: string[], cwd: string) {
  return spawnSync(process.execPath, [TSX, path.join(root, 'scripts', 'content', script), ...args], { cwd, encoding: 'utf8' });
}

/** Everything after the frontmatter: the article itself. */
const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);

// Each test runs the command as a process of its own (tsx), once or twice: seconds each while
// `npm test` builds for the e2e flows beside it on the same cores.
describe('npm run content:publish', { timeout: 30_000 }, () => {
  it('publishes a finished draft: removes draft, dates it today, leaves every other byte', () => {
    const { cwd, articles, file } = projectWithDraft();
    const before = readFileSync(file, 'utf8');
    const summaryBefore = readFileSync(path.join(articles, SLUG, 'summary.en.md'));
    const result = run('publish.ts', [SLUG], cwd);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`content:publish: published ${SLUG}, kept as version 1`);
    expect(result.stdout).toContain('- draft: true');
    expect(result.stdout).toContain(`+ date: ${today()}`);
    const after = readFileSync(file, 'utf8');
    expect(body(after)).toBe(body(before));
    expect(after.replace(`date: ${today()}\n`, '')).toBe(before.replace('draft: true\n', ''));
    expect(readFileSync(path.join(articles, SLUG, 'summary.en.md'))).toEqual(summaryBefore);
    // What a production build lists: published, dated.
    const published = readArticleFolder(articles, SLUG)!;
    expect([published.draft, published.date]).toEqual([false, today()]);
    // Publishing again changes nothing.
    const again = run('publish.ts', [SLUG], cwd);
    expect([again.status, again.stdout.trim()]).toEqual([
      0,
      `content:publish: ${SLUG} is already published (${today()}); nothing changed since its last version.`,
    ]);
    expect(readFileSync(file, 'utf8')).toBe(after);
    // A change to it must be told to readers: refused without a note, kept with one.
    writeFileSync(file, after.replace('انطلق اليوم', 'افتتح اليوم'));
    const silent = run('publish.ts', [SLUG], cwd);
    expect([silent.status, silent.stderr.trim()]).toEqual([
      1,
      `content:publish: ${SLUG} changed since version 1, and readers must be told: say what changed with --note "…" (Arabic; --note-en "…" for the English UI), or use --minor for a typo or formatting; nothing was changed.`,
    ]);
    const noted = run('publish.ts', [SLUG, '--note', 'ذكرت نسخة سابقة نسبة أخرى.', '--note-en', 'An earlier version gave another share.'], cwd);
    expect(noted.stderr).toBe('');
    expect(noted.stdout.trim()).toBe(
      `content:publish: ${SLUG} is already published (${today()}): kept as version 2 with the note “ذكرت نسخة سابقة نسبة أخرى.”.`,
    );
    const minor = run('publish.ts', [SLUG, '--minor'], cwd);
    expect(minor.stdout.trim()).toBe(`content:publish: ${SLUG} is already published (${today()}); nothing changed since its last version.`);
  });

  it('takes the date the editor chooses', () => {
    const { cwd, file } = projectWithDraft();
    expect(run('publish.ts', [SLUG, '--date', '2025-11-20'], cwd).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^date: 2025-11-20$/m);
    const bad = run('publish.ts', [SLUG, '--date', '20/11/2025'], cwd);
    expect([bad.status, bad.stderr.trim()]).toEqual([
      2,
      'content:publish: --date must be a date written YYYY-MM-DD, not "20/11/2025"',
    ]);
  });

  it('refuses a freshly imported article until its TODOs are filled, listing each with file:line', () => {
    const { cwd } = projectWithDraft();
    expect(run('import.ts', [SEED_FIXTURE_PATH, '--slug', 'fresh'], cwd).status).toBe(0);
    const file = path.join(cwd, 'content', 'articles', 'fresh', 'article.ar.md');
    const before = readFileSync(file, 'utf8');
    const result = run('publish.ts', ['fresh'], cwd);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^content:publish: fresh is not ready \(\d+ reason\(s\)\):$/);
    expect(lines).toContain(
      '  content/articles/fresh/article.ar.md:5: warning: TODO left: en: "TODO: English headline"',
    );
    expect(lines).toContain(
      '  content/articles/fresh/summary.en.md:1: warning: the article summary is not written yet',
    );
    expect(
      lines.some((line) => /summary\.en\.md:\d+: warning: no English summary for section "lead" yet/.test(line)),
    ).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a summary whose number the Arabic does not have', () => {
    const { cwd, articles, file } = projectWithDraft();
    const summary = path.join(articles, SLUG, 'summary.en.md');
    writeFileSync(
      summary,
      readFileSync(summary, 'utf8').replace(
        'invest 5% of GDP in defence by 2035 that',
        'invest 6% of GDP in defence by 2035 that',
      ),
    );
    const before = readFileSync(file, 'utf8');
    const result = run('publish.ts', [SLUG], cwd);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/articles/${SLUG}/summary.en.md:13: warning: section "leaders-commitments": the summary mentions 6%, the Arabic has 5%, 2035`,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('says when there is no such article', () => {
    const { cwd } = projectWithDraft();
    const result = run('publish.ts', ['no-such-article'], cwd);
    expect([result.status, result.stderr.trim()]).toEqual([
      1,
      'content:publish: no article "no-such-article" in content/articles/',
    ]);
    expect(run('publish.ts', [], cwd).status).toBe(2);
  });

  it('schedules a finished draft for a time, changing nothing else, and takes it back', () => {
    const { cwd, file } = projectWithDraft();
    const before = readFileSync(file, 'utf8');
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = run('publish.ts', [SLUG, '--at', at], cwd);
    expect(scheduled.stderr).toBe('');
    expect(scheduled.stdout).toContain(`content:publish: ${SLUG} goes live at ${at}`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(path.join(cwd, 'content', 'schedule', `${SLUG}.json`), 'utf8'))).toEqual({ slug: SLUG, at });
    for (const [args, message] of [
      [['--at', '2026-12-08T06:00'], 'must be a time with its offset'],
      [['--at', '2020-01-01T00:00Z'], 'has passed'],
    ] as const) {
      const refused = run('publish.ts', [SLUG, ...args], cwd);
      expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining(message)]);
    }
    const cancelled = run('publish.ts', [SLUG, '--cancel'], cwd);
    expect(cancelled.stdout.trim()).toBe(
      `content:publish: the scheduled publish of ${SLUG} is cancelled; its files are as you left them.`,
    );
    expect(run('publish.ts', [SLUG, '--cancel'], cwd).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('schedules a correction: held with its note until then, the folder back to what readers see; cancelled, as left', () => {
    const { cwd, file } = projectWithDraft();
    expect(run('publish.ts', [SLUG], cwd).status).toBe(0);
    const published = readFileSync(file, 'utf8');
    const correctedText = published.replace('انطلق اليوم', 'افتتح اليوم');
    writeFileSync(file, correctedText);
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const silent = run('publish.ts', [SLUG, '--at', at], cwd);
    expect([silent.status, silent.stderr]).toEqual([1, expect.stringContaining('readers must be told')]);
    expect(readFileSync(file, 'utf8')).toBe(correctedText);
    const held = run('publish.ts', [SLUG, '--at', at, '--minor'], cwd);
    expect(held.stderr).toBe('');
    expect(held.stdout).toContain('readers see the version published now (your files are held with the schedule)');
    expect(readFileSync(file, 'utf8')).toBe(published);
    const schedule = JSON.parse(readFileSync(path.join(cwd, 'content', 'schedule', `${SLUG}.json`), 'utf8'));
    expect(schedule.correction).toMatchObject({ note: null, minor: true });
    expect(schedule.correction.files[0]).toBe(correctedText);
    expect(run('publish.ts', [SLUG, '--cancel'], cwd).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(correctedText);
  });
});
