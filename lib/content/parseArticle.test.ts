import { describe, expect, it } from 'vitest';
import { ContentError } from './ContentError';
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
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the content to be rejected');
}

describe('parseArticle', () => {
  it('reads frontmatter, the lead and each section with its summary', () => {
    const article = parse(FRONTMATTER + BODY);
    expect(article.headline).toEqual({ ar: 'عنوان', en: 'A headline' });
    expect(article.tags).toEqual([]);
    expect(article.draft).toBe(false);
    expect(article.summary).toEqual(['The article in English.']);
    expect(article.sections.map((s) => [s.id, s.heading, s.paragraphs])).toEqual([
      ['lead', null, ['الفقرة الأولى.']],
      ['first', 'القسم الأول', ['نص القسم الأول.']],
      ['second', 'القسم الثاني', ['نص القسم الثاني.']],
    ]);
    expect(article.sections[1]?.summary).toEqual({ title: 'First', paragraphs: ['The first section.'] });
    // A section the summary file does not cover yet has no summary, and nothing breaks.
    expect(article.sections[2]?.summary).toBeNull();
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
    ['a level-3 heading', FRONTMATTER + BODY + '\n### فرعي\n', null, 'article.ar.md:20: a level-3 heading'],
    ['a summary for an unknown section', FRONTMATTER + BODY, SUMMARY + '\n## Third {#third}\n\nMore.\n', 'summary.en.md:11: summary for unknown section "third"'],
  ])('rejects %s with file, line and reason', (_name, article, summary, expected) => {
    expect(errorOf(article, summary ?? SUMMARY)).toContain(`content/articles/sample/${expected}`);
  });
});
