import { describe, expect, it } from 'vitest';
import { problemsOf } from './ContentError';
import { parseArticle } from './parseArticle';

const FRONTMATTER = `---
headline:
  ar: عنوان
  en: A headline
author: كاتب
source:
  name: مصدر
---
`;
const BODY = `
الفقرة الأولى.

## القسم الأول {#first}

نص القسم الأول.

## القسم الثاني {#second}

نص القسم الثاني.
`;
const SUMMARY = `The article in English.

## Introduction {#lead}

The lead.

## First {#first}

The first section.
`;

function parse(article: string, summary: string | null = SUMMARY) {
  return parseArticle({
    slug: 'sample',
    article: { file: 'content/articles/sample/article.ar.md', text: article },
    summary: summary === null ? null : { file: 'content/articles/sample/summary.en.md', text: summary },
  });
}

function errorOf(article: string, summary?: string | null): string {
  try {
    parse(article, summary);
  } catch (error) {
    expect(problemsOf(error).length).toBeGreaterThan(0);
    return (error as Error).message;
  }
  throw new Error('expected the content to be rejected');
}

describe('parseArticle', () => {
  it('reads frontmatter, the lead and each section with its summary', () => {
    const article = parse(FRONTMATTER + BODY);
    expect(article.headline).toEqual({ ar: 'عنوان', en: 'A headline' });
    expect(article.topics).toEqual([]);
    expect(article.draft).toBe(false);
    expect(article.summary).toEqual(['The article in English.']);
    expect(article.sections.map((s) => [s.id, s.heading, s.paragraphs])).toEqual([
      ['lead', null, ['الفقرة الأولى.']],
      ['first', 'القسم الأول', ['نص القسم الأول.']],
      ['second', 'القسم الثاني', ['نص القسم الثاني.']],
    ]);
    expect(article.sections[1]?.summary).toEqual({
      title: 'First',
      paragraphs: ['The first section.'],
      lines: { heading: 7, paragraphs: [9] },
    });
    // A section the summary file does not cover yet has no summary, and nothing breaks.
    expect(article.sections[2]?.summary).toBeNull();
  });

  it('keeps where each block is in its file, so no one reads the file again for a line', () => {
    const article = parse(FRONTMATTER + BODY);
    expect(article.sections.map((s) => [s.id, s.lines])).toEqual([
      ['lead', { heading: 10, paragraphs: [10], summaryHeading: 3 }],
      ['first', { heading: 12, paragraphs: [14], summaryHeading: 7 }],
      ['second', { heading: 16, paragraphs: [18], summaryHeading: undefined }],
    ]);
    expect(article.summaryLines).toEqual([1]);
  });

  it('names the section a problem is in, from the parse: none in the frontmatter', () => {
    const problems = (() => {
      try {
        parse(FRONTMATTER.replace('author:', 'writer:') + BODY.replace('نص القسم الثاني.', 'نص القسم الثاني.\n\n### فرعي'));
      } catch (error) {
        return problemsOf(error);
      }
      return [];
    })();
    expect(problems.map((p) => [p.reason.split(':')[0], p.line, p.section])).toEqual([
      ['a level-3 heading (sections use "## ")', 20, 'second'],
      ['"author" is required', 2, undefined],
    ]);
  });

  it('reads a file with a byte-order mark and CRLF line ends exactly like a plain one', () => {
    const windows = `\uFEFF${FRONTMATTER}${BODY}`.replace(/\n/g, '\r\n');
    expect(parse(windows)).toEqual(parse(FRONTMATTER + BODY));
  });

  it('keeps raw HTML as literal text, so it can only render inert', () => {
    const article = parse(`${FRONTMATTER}\nنص <script>alert(1)</script> آخر.\n\n<b>سطر</b>\n`, null);
    expect(article.sections[0]?.paragraphs).toEqual(['نص <script>alert(1)</script> آخر.', '<b>سطر</b>']);
  });

  it.each([
    ['a missing headline', FRONTMATTER.replace(/headline:\n.*\n.*\n/, '') + BODY, null, 'article.ar.md:2: "headline" is required'],
    ['a missing English headline', FRONTMATTER.replace(/ {2}en: .*\n/, '') + BODY, null, 'article.ar.md:3: "headline.en" is required'],
    ['an empty author', FRONTMATTER.replace('author: كاتب', "author: ''") + BODY, null, 'article.ar.md:5: "author" must not be empty'],
    ['an unknown frontmatter key', FRONTMATTER.replace('author:', 'autor: x\nauthor:') + BODY, null, 'article.ar.md:5: unknown key "autor"'],
    ['bad YAML', FRONTMATTER.replace('  en: A headline', '  en: [unclosed') + BODY, null, 'article.ar.md:5: invalid YAML'],
    ['no frontmatter', BODY, null, 'article.ar.md:1: missing frontmatter'],
    ['no lead', FRONTMATTER + BODY.replace('الفقرة الأولى.', ''), null, 'article.ar.md:12: missing lead'],
    ['a heading without an id', FRONTMATTER + BODY.replace(' {#first}', ''), null, 'article.ar.md:12: section heading "القسم الأول" has no id'],
    ['a non-ASCII section id', FRONTMATTER + BODY.replace('{#first}', '{#أول}'), null, 'article.ar.md:12: section id "أول" must be lowercase ASCII'],
    ['a duplicate section id', FRONTMATTER + BODY.replace('{#second}', '{#first}'), null, 'article.ar.md:16: duplicate section id "first" (first used on line 12)'],
    ['the reserved lead id', FRONTMATTER + BODY.replace('{#second}', '{#lead}'), null, 'article.ar.md:16: section id "lead" is reserved'],
    ['an empty section', FRONTMATTER + BODY.replace('نص القسم الأول.', ''), null, 'article.ar.md:12: section "first" is empty'],
    ['a list', FRONTMATTER + BODY + '\n- بند\n', null, 'article.ar.md:20: unsupported Markdown (list)'],
    ['a link definition (CommonMark would drop it unseen)', FRONTMATTER + BODY + '\n[x]: https://example.com\n', null, 'article.ar.md:20: unsupported Markdown (definition)'],
    ['a link definition at the end of a section', FRONTMATTER + BODY.replace('نص القسم الأول.', 'نص القسم الأول.\n\n[y]: /a'), null, 'article.ar.md:16: unsupported Markdown (definition)'],
    ['a level-3 heading', FRONTMATTER + BODY + '\n### فرعي\n', null, 'article.ar.md:20: a level-3 heading'],
    ['a summary for an unknown section', FRONTMATTER + BODY, SUMMARY + '\n## Third {#third}\n\nMore.\n', 'summary.en.md:11: summary for unknown section "third"'],
    ['a comment inside a paragraph', FRONTMATTER + BODY.replace('نص القسم الأول.', 'نص <!-- ملاحظة --> القسم.'), null, 'article.ar.md:14: a comment inside a paragraph would be shown to readers'],
    ['a comment left open', FRONTMATTER + BODY.replace('## القسم الأول {#first}', '<!-- ملاحظة\n\n## القسم الأول {#first}'), null, 'article.ar.md:12: a comment must open and close on one line'],
    ['an open comment in the summary', FRONTMATTER + BODY, '<!-- TODO\n' + SUMMARY, 'summary.en.md:1: a comment must open and close on one line'],
    ['a file cut short (no final new line)', (FRONTMATTER + BODY).trimEnd(), null, 'article.ar.md:18: the file does not end with a new line'],
    ['a javascript: source address', FRONTMATTER.replace('  name: مصدر', '  name: مصدر\n  url: javascript:alert(1)') + BODY, null, 'article.ar.md:8: "source.url" must be an http:// or https:// address'],
    ['a file: source address', FRONTMATTER.replace('  name: مصدر', '  name: مصدر\n  url: file:///etc/passwd') + BODY, null, 'article.ar.md:8: "source.url" must be an http:// or https:// address'],
    ['a data: source address', FRONTMATTER.replace('  name: مصدر', '  name: مصدر\n  url: "data:text/html,x"') + BODY, null, 'article.ar.md:8: "source.url" must be an http:// or https:// address'],
    ['an overlong headline', FRONTMATTER.replace('  ar: عنوان', `  ar: ${'ع'.repeat(1_000_000)}`) + BODY, null, 'article.ar.md:3: "headline.ar" must be at most 300 characters'],
    ['a wrongly typed draft flag', FRONTMATTER.replace('author: كاتب', 'author: كاتب\ndraft: "yes"') + BODY, null, 'article.ar.md:6: "draft" must be true or false, not a string'],
    ['a wrongly typed author', FRONTMATTER.replace('author: كاتب', 'author: [a, b]') + BODY, null, 'article.ar.md:5: "author" must be text, not a list'],
    ['a YAML alias bomb', FRONTMATTER.replace('author: كاتب', `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nauthor: كاتب`) + BODY, null, 'article.ar.md:2: invalid YAML: Excessive alias count'],
  ])('rejects %s with file, line and reason', (_name, article, summary, expected) => {
    expect(errorOf(article, summary ?? SUMMARY)).toContain(`content/articles/sample/${expected}`);
  });

  it('reports every problem in both files at once, each with its own file and line', () => {
    const article = FRONTMATTER + BODY.replace('{#second}', '{#Second}') + '\n- بند\n\nنص <!-- ملاحظة --> آخر.\n';
    const summary = SUMMARY + '\n## Third {#third}\n\nMore.\n';
    expect(errorOf(article, summary).split('\n')).toEqual([
      'content/articles/sample/article.ar.md:16: section id "Second" must be lowercase ASCII letters, digits and hyphens',
      'content/articles/sample/article.ar.md:20: unsupported Markdown (list); write plain paragraphs and "## " headings',
      'content/articles/sample/article.ar.md:22: a comment inside a paragraph would be shown to readers: put it on its own line',
      'content/articles/sample/summary.en.md:11: summary for unknown section "third"',
    ]);
  });

  it('reads a hard line break inside a paragraph as a space between words', () => {
    const article = parse(`${FRONTMATTER}\nكلمة  \nأخرى\\\nثالثة\n`, null);
    expect(article.sections[0]?.paragraphs).toEqual(['كلمة أخرى ثالثة']);
  });

  it('keeps a whole-line comment as an editor\'s note, never shown', () => {
    const article = parse(`${FRONTMATTER}\n<!-- ملاحظة للمحرر -->\n\nالفقرة.\n`, null);
    expect(article.sections[0]?.paragraphs).toEqual(['الفقرة.']);
  });
});
