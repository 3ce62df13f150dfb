import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole', () => {
    expect(excerpt('نص قصير.')).toBe('نص قصير.');
  });

  it('cuts at the last word boundary before the limit, never inside a word', () => {
    const text = 'دعا الأمين العام لحلف الناتو مارك روته إلى تعزيز التعاون بين الحلف والصناعات الدفاعية';
    expect(excerpt(text, 30)).toBe('دعا الأمين العام لحلف الناتو…');
    expect(text.startsWith(excerpt(text, 30).slice(0, -1))).toBe(true);
  });

  it('drops punctuation left dangling at the cut', () => {
    expect(excerpt('First part, second part and more words here', 12)).toBe('First part…');
    expect(excerpt('الجزء الأول، ثم الجزء الثاني وكلمات أخرى', 12)).toBe('الجزء الأول…');
  });
});
