import { describe, expect, it } from 'vitest';
import { normalizeForSearch, normalizeWord } from './normalize';

describe('normalizeForSearch: a word matches however an Arabic reader types it', () => {
  it.each([
    ['diacritics and shadda', 'الدِّفَاعِيَّة', 'الدفاعية'],
    ['tatweel', 'الدفـــاعية', 'الدفاعية'],
    ['hamza on alef', 'أمين', 'امين'],
    ['hamza under alef', 'إنتاج', 'انتاج'],
    ['madda', 'آفاق', 'افاق'],
    ['wasla', 'ٱلناتو', 'الناتو'],
    ['ta marbuta as ha', 'الصناعه', 'الصناعة'],
    ['alef maqsura as ya', 'مستوي', 'مستوى'],
    ['the article', 'الناتو', 'ناتو'],
    ['and + the article', 'والابتكار', 'ابتكار'],
    ['with + the article', 'بالناتو', 'ناتو'],
    ['for + the article (لل)', 'للناتو', 'ناتو'],
    ['Latin case', 'DIANA', 'diana'],
  ])('%s: "%s" and "%s" meet', (_name, typed, written) => {
    expect(normalizeWord(typed)).toBe(normalizeWord(written));
  });

  it('keeps short words that only look like they start with the article', () => {
    expect(normalizeWord('الى')).toBe('الي');
    expect(normalizeWord('بالغ')).toBe('بالغ');
  });

  it('keeps one normalised word for each word, in order', () => {
    expect(normalizeForSearch('دعا الأمينُ العامّ، «ديانا» و5% في 2035.')).toBe('دعا امين عام ديانا و5 في 2035');
  });
});
