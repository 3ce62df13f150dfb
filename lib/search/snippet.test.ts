import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize';
import { snippet } from './snippet';

const TEXT =
  'دعا الأمين العام لحلف الناتو مارك روته إلى تعزيز التعاون بين الحلف والصناعات الدفاعية لتسريع الإنتاج والابتكار الدفاعي.';
const marked = (query: string, text = TEXT) =>
  (snippet(text, normalizeForSearch(query).split(' ')) ?? []).filter((p) => p.mark).map((p) => p.text);

describe('snippet', () => {
  it('marks the word as written in the text, found without its hamza, article or diacritics', () => {
    expect(marked('امين')).toEqual(['الأمين']);
    expect(marked('الإنْتاج')).toEqual(['الإنتاج']);
    expect(marked('صناعات')).toEqual(['والصناعات']);
  });

  it('matches the start of a word still being typed', () => {
    expect(marked('الابتك')).toEqual(['والابتكار']);
  });

  it('keeps the text exactly, around the match, with ellipses where it was cut', () => {
    const parts = snippet(TEXT, ['ابتكار'], 2)!;
    expect(parts.map((p) => p.text).join('')).toBe('… لتسريع الإنتاج والابتكار الدفاعي.');
    expect(TEXT).toContain(
      parts
        .slice(1)
        .map((p) => p.text)
        .join(''),
    );
  });

  it('finds English words in a summary, whatever their case', () => {
    expect(marked('innovation', 'Quantity, Innovation and cooperation')).toEqual(['Innovation']);
  });

  it('is null when nothing matches', () => {
    expect(snippet(TEXT, ['مدريد'])).toBeNull();
  });
});
