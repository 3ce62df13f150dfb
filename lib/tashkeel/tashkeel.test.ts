import { describe, expect, it } from 'vitest';
import { withoutTashkeel, writtenOffset } from './tashkeel';

const written = 'قَالَ الأَمِينُ العَامُّ';

describe('tashkeel', () => {
  it('hides every diacritic and nothing else', () => {
    expect(withoutTashkeel(written)).toBe('قال الأمين العام');
    expect(withoutTashkeel('مُؤْتَمَرٌ ٢٠٢٥ NATO، ﴿ۖ﴾ ٰ')).toBe('مؤتمر ٢٠٢٥ NATO، ﴿﴾ ');
    expect(withoutTashkeel('بلا تشكيل')).toBe('بلا تشكيل');
  });

  it('maps a place in the shown text back to the written text, a letter with its marks', () => {
    const shown = withoutTashkeel(written);
    for (let end = 0; end <= shown.length; end++) {
      expect(withoutTashkeel(written.slice(0, writtenOffset(written, end)))).toBe(shown.slice(0, end));
    }
    // "قال" as written keeps the fatha on its lam.
    expect(written.slice(0, writtenOffset(written, 3))).toBe('قَالَ');
    expect(written.slice(writtenOffset(written, 4), writtenOffset(written, 10))).toBe('الأَمِينُ');
    expect(writtenOffset(written, 0)).toBe(0);
  });
});
