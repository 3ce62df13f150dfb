import { describe, expect, it } from 'vitest';
import { readingTime } from './readingTime';

const sectionOf = (chars: number) => ({ sections: [{ id: 'lead', heading: null, paragraphs: ['ب'.repeat(chars)], summary: null }] });

describe('readingTime', () => {
  it.each([
    [700, { min: 1, max: 1 }],
    [7000, { min: 10, max: 13 }],
    [14_000, { min: 20, max: 27 }],
    [10, { min: 1, max: 1 }],
  ])('reads %i Arabic characters in a range at 612 ± 88 characters a minute', (chars, expected) => {
    expect(readingTime(sectionOf(chars))).toEqual(expected);
  });

  it('counts headings and collapses runs of white space', () => {
    const spaced = {
      sections: [{ id: 'a', heading: 'ع'.repeat(3500), paragraphs: [`${'ب'.repeat(3499)}      `], summary: null }],
    };
    // 7,001 characters: the heading counts, the run of spaces is one.
    expect(readingTime(spaced)).toEqual({ min: 10, max: 13 });
  });
});
