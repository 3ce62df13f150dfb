import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '../content/articleFolder';
import { checkAll, formatFinding } from './checkContent';
import { numbersIn } from './fidelity';

const SLUG = 'nato-rutte-bucharest-industry-forum';
type Edit = [file: 'article.ar.md' | 'summary.en.md', from: string, to: string];

/** content:check's lines for a copy of the seed article with `edits` applied (never the real files). */
function findingsAfter(...edits: Edit[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'qari-fidelity-'));
  cpSync(path.join(CONTENT_DIR, SLUG), path.join(dir, SLUG), { recursive: true });
  for (const [file, from, to] of edits) {
    const target = path.join(dir, SLUG, file);
    const text = readFileSync(target, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
    writeFileSync(target, text.replace(from, to));
  }
  return checkAll(dir).findings.map((f) => formatFinding(f).slice(formatFinding(f).indexOf(SLUG)));
}

const summary = `${SLUG}/summary.en.md`;
const article = `${SLUG}/article.ar.md`;
// The seed's "leaders-commitments" section: its Arabic has 5% and 2035.
const COMMITMENT = 'a commitment to invest 5% of GDP in defence by 2035';

describe('fidelity checks in content:check', () => {
  it.each<[string, Edit[], string[]]>([
    ['the seed as written', [], []],
    // Numbers: every number in the English occurs in the Arabic it summarises.
    [
      'a percentage changed',
      [['summary.en.md', COMMITMENT, COMMITMENT.replace('5%', '6%')]],
      [`${summary}:13: warning: section "leaders-commitments": the summary mentions 6%, the Arabic has 5%, 2035`],
    ],
    [
      'a year changed',
      [['summary.en.md', COMMITMENT, COMMITMENT.replace('2035', '2036')]],
      [`${summary}:13: warning: section "leaders-commitments": the summary mentions 2036, the Arabic has 5%, 2035`],
    ],
    ['"per cent" for "%"', [['summary.en.md', COMMITMENT, COMMITMENT.replace('5%', '5 per cent')]], []],
    ['Arabic-Indic digits and ٪ in the Arabic', [['article.ar.md', 'بنسبة 5% من الناتج', 'بنسبة ٥٪ من الناتج']], []],
    ['Persian digits in the Arabic', [['article.ar.md', 'بحلول 2035. وتطرق', 'بحلول ۲۰۳۵. وتطرق']], []],
    [
      'a number the summary leaves out',
      [['summary.en.md', ' by 2035 that is not a luxury', ' that is not a luxury']],
      [],
    ],
    [
      'a decimal in the article summary changed',
      [['summary.en.md', 'to 3.5% of GDP by 2030', 'to 3.6% of GDP by 2030']],
      [`${summary}:1: warning: the article summary: the summary mentions 3.6%, the Arabic has 5%, 2035, 3.5%, 2030`],
    ],
    [
      'a number only the summary has',
      [['summary.en.md', 'Rutte urged defence companies', 'Rutte urged 40 defence companies']],
      [`${summary}:25: warning: section "production-lines": the summary mentions 40, the Arabic has no numbers`],
    ],
    // Length: a summary is not longer than its Arabic.
    [
      'a summary longer than its Arabic',
      [
        [
          'summary.en.md',
          'Rutte urged defence companies',
          `${'Rutte said more. '.repeat(20)}Rutte urged defence companies`,
        ],
      ],
      [
        `${summary}:23: warning: section "production-lines": the summary (687 characters) is longer than the Arabic it summarises (409)`,
      ],
    ],
    // The Arabic's heading is not counted: the title summarises it, and is not counted either.
    [
      'a summary longer than its paragraph, though not than paragraph and heading',
      [['summary.en.md', 'Rutte urged defence companies', 'Rutte said more. Rutte urged defence companies']],
      [
        `${summary}:23: warning: section "production-lines": the summary (421 characters) is longer than the Arabic it summarises (409)`,
      ],
    ],
    // Latin-script names: a note when the summary does not mention one.
    ['a Latin name the summary mentions', [['article.ar.md', 'أبرز روته ضرورة', 'أبرز روته (DIANA) ضرورة']], []],
    [
      'a Latin name the summary leaves out',
      [['article.ar.md', 'أبرز روته ضرورة', 'أبرز روته (NIF) ضرورة']],
      [`${summary}:15: note: section "industry-roles": the Arabic names "NIF", the summary does not`],
    ],
    // Bidi controls: an error with line and column, in either file; marks and joiners are fine.
    [
      'a right-to-left override in the Arabic',
      [['article.ar.md', 'أبرز روته ضرورة', 'أبرز روته \u202eضرورة']],
      [`${article}:21:11: error: bidi control character U+202E would reorder the text readers see: delete it`],
    ],
    [
      'an isolate in the summary',
      [['summary.en.md', 'Rutte urged defence', 'Rutte urged \u2067defence']],
      [`${summary}:25:13: error: bidi control character U+2067 would reorder the text readers see: delete it`],
    ],
    [
      'a right-to-left mark, ZWJ and ZWNJ',
      [['article.ar.md', 'أبرز روته ضرورة', 'أبرز\u200f روته\u200d ض\u200cرورة']],
      [],
    ],
  ])('%s', (_name, edits, expected) => {
    expect(findingsAfter(...edits)).toEqual(expected);
  });
});

describe('numbersIn', () => {
  it.each([
    ['5% by 2035', ['5%', '2035']],
    ['٥٪ و٢٠٣٥', ['5%', '2035']],
    ['3٫5 and ۱۲', ['3.5', '12']],
    ['1,000 troops and 2.5 per cent', ['1,000', '2.5%']],
    ['G7, F-35 and COVID19', ['35']],
  ])('%s → %j', (text, written) => {
    expect(numbersIn(text).map((n) => n.written)).toEqual(written);
  });

  it('compares by value: 1,000 is 1000 and 3,5 is 3.5', () => {
    expect(numbersIn('1,000 / 1000 / 3,5 / 3.5').map((n) => n.value)).toEqual(['1000', '1000', '3.5', '3.5']);
  });
});
