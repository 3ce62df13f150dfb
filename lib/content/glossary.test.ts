import { describe, expect, it } from 'vitest';
import type { ContentProblem } from './ContentError';
import { findTerm, markTerms } from '../glossary/markTerms';
import { readSeed } from './testing/seedFixture';
import { parseGlossary } from './glossary';

const ARABIC = 'دعا الأمين العام إلى زيادة الناتج المحلي الإجمالي والإنفاق الدفاعي.';
const FILE = 'content/articles/x/glossary.en.yaml';

function parsed(text: string) {
  const problems: ContentProblem[] = [];
  const entries = parseGlossary(FILE, text, ARABIC, problems);
  return { entries, problems: problems.map((problem) => problem.message) };
}

describe('parseGlossary', () => {
  it('reads terms, glosses and transliterations', () => {
    const { entries, problems } = parsed(
      '- term: الأمين العام\n  gloss: Secretary General\n  translit: al-amīn al-ʿāmm\n- term: دعا\n  gloss: called (for)\n',
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { term: 'الأمين العام', gloss: 'Secretary General', translit: 'al-amīn al-ʿāmm' },
      { term: 'دعا', gloss: 'called (for)', translit: null },
    ]);
  });

  it('errors with file:line on a term not in the Arabic, a duplicate, an empty gloss, an unknown key', () => {
    const { entries, problems } = parsed(
      [
        '- term: الأمين العام',
        '  gloss: Secretary General',
        '- term: الحلف',
        '  gloss: alliance',
        '- term: الأمين العام',
        '  gloss: the Secretary General',
        '- term: دعا',
        '  gloss: ""',
        '- term: الإنفاق الدفاعي',
        '  gloss: defence spending',
        '  note: x',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([
      `${FILE}:3: "الحلف" does not stand as a word in the article's Arabic: write it as the text does`,
      `${FILE}:5: "الأمين العام" is already in the glossary (line 1)`,
      `${FILE}:8: empty gloss for "دعا"`,
      `${FILE}:11: unknown key "note": use term, gloss, translit`,
    ]);
    expect(entries.map((entry) => entry.term)).toEqual(['الأمين العام']);
  });

  it('says where the YAML is broken, and what a glossary is', () => {
    expect(parsed('- term: [دعا\n').problems[0]).toMatch(new RegExp(`^${FILE}:\\d+: invalid YAML`));
    expect(parsed('term: دعا\n').problems).toEqual([
      `${FILE}:1: a glossary is a list of entries: "- term: …" then "gloss: …"`,
    ]);
  });
});

describe('markTerms', () => {
  const glossary = [
    { term: 'الناتج', gloss: 'output', translit: null },
    { term: 'الناتج المحلي الإجمالي', gloss: 'gross domestic product', translit: null },
    { term: 'الأمين العام', gloss: 'Secretary General', translit: null },
  ];

  it('marks every term, the longest first, and leaves the text as it was', () => {
    const runs = markTerms(ARABIC, glossary);
    expect(runs.map((run) => run.text).join('')).toBe(ARABIC);
    expect(runs.filter((run) => run.term !== undefined)).toEqual([
      { text: 'الأمين العام', term: 2 },
      { text: 'الناتج المحلي الإجمالي', term: 1 },
    ]);
  });

  it('marks a term once: where it first occurs in the section', () => {
    const marked = new Set<number>();
    const text = 'الأمين العام قال، والأمين العام أضاف.';
    const first = markTerms(text, glossary, marked);
    expect(first.filter((run) => run.term !== undefined)).toEqual([{ text: 'الأمين العام', term: 2 }]);
    expect(first.map((run) => run.text).join('')).toBe(text);
    expect(markTerms(text, glossary, marked)).toEqual([{ text }]);
  });

  it('gives the text whole when there is no glossary', () => {
    expect(markTerms(ARABIC, [])).toEqual([{ text: ARABIC }]);
  });

  const marks = (text: string, term: string) =>
    markTerms(text, [{ term, gloss: '', translit: null }])
      .filter((run) => run.term !== undefined)
      .map((run) => run.text);

  it('marks a term as a word, with the letters attached in front of it, never inside a longer word', () => {
    expect(marks('والابتكارية في الصناعة', 'الابتكار')).toEqual([]);
    expect(marks('تسريع الإنتاج والابتكار الدفاعي', 'الابتكار')).toEqual(['والابتكار']);
    expect(marks('دعماً للابتكار المشترك', 'الابتكار')).toEqual(['للابتكار']);
    expect(marks('وبالابتكار نتقدم', 'الابتكار')).toEqual(['وبالابتكار']);
    expect(marks('أساسي لردع الناتو', 'ردع')).toEqual(['لردع']);
    expect(marks('مرادع كثيرة', 'ردع')).toEqual([]);
    expect(marks('ردعهم', 'ردع')).toEqual([]);
  });

  it('matches whatever the tashkeel, and the mark keeps the text as written', () => {
    expect(marks('وأكَّدَ الأمين', 'أكّد')).toEqual(['وأكَّدَ']);
    expect(marks('وأكد الأمين', 'أكّد')).toEqual(['وأكد']);
    expect(marks('الناتجِ المحليِّ   الإجماليّ', 'الناتج المحلي الإجمالي')).toEqual(['الناتجِ المحليِّ   الإجماليّ']);
  });

  it("finds أكّد at each of its six places in the seed, and الابتكار never inside والابتكارية", () => {
    const seed = readSeed();
    const text = [seed.lead, ...seed.sections.map((section) => section.paragraph)].join('\n');
    const places = (term: string) => {
      const found: string[] = [];
      for (let at = findTerm(text, term); at; at = findTerm(text, term, at.end)) found.push(text.slice(at.start, at.end));
      return found;
    };
    expect(places('أكّد')).toHaveLength(6);
    expect(places('الابتكار').every((word) => !word.endsWith('ية'))).toBe(true);
  });
});

