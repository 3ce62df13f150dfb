import { describe, expect, it } from 'vitest';
import { readSeed } from '../content/testing/seedFixture';
import { anchorQuote, describeRange } from './anchor';

describe('anchorQuote', () => {
  it('finds a quote where it was, and tells two places of one phrase apart by their context', () => {
    const text = 'قال الأمين العام إن الحلف قوي. ثم قال الأمين العام إن التعاون ضروري.';
    const second = text.lastIndexOf('الأمين العام');
    const { quote, position } = describeRange(text, second, second + 'الأمين العام'.length);
    expect(anchorQuote(text, quote, position)).toEqual(position);
    // Text added before both: the second place still, though both moved.
    const moved = `تمهيد جديد. ${text}`;
    expect(anchorQuote(moved, quote, position)).toEqual({ start: second + 12, end: second + 12 + quote.exact.length });
  });

  it('a seed highlighted all through, then one sentence corrected: every highlight outside it lands on the same words, every one in it is marked changed', () => {
    const seed = readSeed();
    const before = [seed.lead, ...seed.sections.map((section) => section.paragraph)].join('\n\n');
    const sentence = 'وأكّد أن الشركات الصناعية هي المكوّن الأساسي لردع الناتو ودفاعه الجماعي.';
    const corrected = 'وشدد على أن المصانع تشكّل العمود الفقري لقدرة الحلف على الردع والدفاع المشترك.';
    const from = before.indexOf(sentence);
    expect(from).toBeGreaterThan(0);
    const to = from + sentence.length;
    const after = before.replace(sentence, corrected);
    const shift = corrected.length - sentence.length;

    // A highlight of three words at every fifth word of the whole article.
    const words = [...before.matchAll(/\S+/g)];
    let outside = 0;
    let inside = 0;
    for (let i = 0; i + 3 <= words.length; i += 5) {
      const start = words[i]!.index!;
      const end = words[i + 2]!.index! + words[i + 2]![0].length;
      const { quote, position } = describeRange(before, start, end);
      const found = anchorQuote(after, quote, position);
      if (end <= from || start >= to) {
        outside++;
        const expected = start >= to ? start + shift : start;
        expect(found, quote.exact).toEqual({ start: expected, end: expected + (end - start) });
        expect(after.slice(found!.start, found!.end)).toBe(quote.exact);
      } else {
        inside++;
        expect(found, quote.exact).toBeNull();
      }
    }
    expect(outside).toBeGreaterThan(100);
    expect(inside).toBeGreaterThanOrEqual(2);
  });

  it('never attaches a quote to the same words with other words around them', () => {
    const text = 'ارتفع الإنفاق الدفاعي بنسبة كبيرة هذا العام.';
    const start = text.indexOf('الإنفاق الدفاعي');
    const { quote, position } = describeRange(text, start, start + 'الإنفاق الدفاعي'.length);
    expect(anchorQuote('في خبر آخر تراجع الإنفاق الدفاعي في دول أخرى.', quote, position)).toBeNull();
  });
});
