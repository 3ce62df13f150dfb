import { describe, expect, it } from 'vitest';
import { wordDiff, wordsOf, type DiffPart } from './wordDiff';

/** Both texts back from the parts: nothing is lost or invented. */
function sides(parts: DiffPart[]) {
  const before = parts.map((p) => (p.kind === 'marks' ? p.before : p.kind === 'added' ? '' : p.text)).join('');
  const after = parts.map((p) => (p.kind === 'marks' ? p.after : p.kind === 'removed' ? '' : p.text)).join('');
  return { before, after };
}

describe('wordDiff', () => {
  it('splits Arabic into whole words, never letters', () => {
    expect(wordsOf('أكّد روته أن الحلف')).toEqual(['أكّد', ' ', 'روته', ' ', 'أن', ' ', 'الحلف']);
  });

  it('shows a changed number as one word removed and one added, the rest unchanged', () => {
    const before = 'حيث اتفق القادة على الاستثمار بنسبة 5% من الناتج';
    const after = 'حيث اتفق القادة على الاستثمار بنسبة 3.5% من الناتج';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '3.5' },
    ]);
    expect(sides(parts)).toEqual({ before, after });
  });

  it('shows a change of tashkeel alone as such, not as a new word', () => {
    const parts = wordDiff('وأكد أن الشركات', 'وأكّد أن الشركات');
    expect(parts).toEqual([
      { kind: 'marks', before: 'وأكد', after: 'وأكّد' },
      { kind: 'same', text: ' أن الشركات' },
    ]);
  });

  it('keeps Latin names and numbers inside Arabic whole, and both texts exactly', () => {
    const before = 'مبادرة “ديانا” (DIANA) لعام 2035، وصندوق الابتكار.';
    const after = 'مبادرة “ديانا” (DIANA 2) لعام 2030، وصندوق الابتكار التابع للناتو.';
    const parts = wordDiff(before, after);
    expect(sides(parts)).toEqual({ before, after });
    expect(parts).toContainEqual({ kind: 'removed', text: '2035' });
    expect(parts).toContainEqual({ kind: 'added', text: '2030' });
  });

  it('compares English summaries by words too', () => {
    const parts = wordDiff('Romania has raised its spending.', 'Romania has begun to raise its spending.', 'en');
    expect(sides(parts)).toEqual({
      before: 'Romania has raised its spending.',
      after: 'Romania has begun to raise its spending.',
    });
    expect(parts.find((p) => p.kind === 'removed')).toEqual({ kind: 'removed', text: 'raised' });
  });

  it('passes over unchanged paragraphs whole, and cuts only the changed one into words', () => {
    const before = 'الفقرة الأولى.\n\nبحلول عام 2035.\n\nالفقرة الأخيرة.';
    const after = 'الفقرة الأولى.\n\nبحلول عام 2030.\n\nالفقرة الأخيرة.';
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { kind: 'same', text: 'الفقرة الأولى.\n\nبحلول عام ' },
      { kind: 'removed', text: '2035' },
      { kind: 'added', text: '2030' },
      { kind: 'same', text: '.\n\nالفقرة الأخيرة.' },
    ]);
  });

  it('has nothing to show for equal texts', () => {
    expect(wordDiff('نص', 'نص')).toEqual([{ kind: 'same', text: 'نص' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
