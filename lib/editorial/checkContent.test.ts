import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAll } from './checkContent';
import { CONTENT_DIR } from '../content/articleFolder';

function folder(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const ARTICLE = `---
headline:
  ar: عنوان
  en: "TODO: English headline"
author: كاتب
source:
  name: مصدر
---

الفقرة الأولى.

## القسم {#first}

نصه.
`;

describe('content check', () => {
  it('passes the committed content with no error, warning or note (fidelity checks included)', () => {
    const { articles, findings } = checkAll(CONTENT_DIR);
    expect(articles).toBeGreaterThan(0);
    expect(findings).toEqual([]);
  });

  it('reports TODOs and missing summaries as warnings with file and line', () => {
    const dir = folder({ 'a/article.ar.md': ARTICLE, 'a/summary.en.md': 'Summary.\n\n## First {#first}\n' });
    const { findings } = checkAll(dir);
    const shown = findings.map((f) => `${path.basename(f.file)}:${f.line ?? ''}: ${f.level}: ${f.message}`);
    expect(shown).toEqual([
      'article.ar.md:4: warning: TODO left: en: "TODO: English headline"',
      'summary.en.md:: warning: no English summary for section "lead" yet',
      'summary.en.md:3: warning: no English summary for section "first" yet',
    ]);
    // Each finding names its section (none for the frontmatter): the review view places it by that.
    expect(findings.map((f) => f.section)).toEqual([undefined, 'lead', 'first']);
  });

  it('reports a broken article as an error with its file and line', () => {
    const dir = folder({ 'b/article.ar.md': ARTICLE.replace('{#first}', '{#First}') });
    const { findings } = checkAll(dir);
    expect(findings).toContainEqual({
      level: 'error',
      file: expect.stringContaining('b/article.ar.md'),
      line: 12,
      message: 'section id "First" must be lowercase ASCII letters, digits and hyphens',
      // A heading that is not one belongs to the section above it: the review shows it there.
      section: 'lead',
    });
  });
});
