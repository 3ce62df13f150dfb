import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../content/schema';
import { loadSiteFonts, ogImage } from './ogImage';
import { OG_SIZE } from './ogSize';

const article = (ar: string): Article => ({
  headline: { ar, en: 'A headline' },
  author: 'كاتب',
  source: { name: 'مصدر' },
  topics: [],
  draft: false,
  slug: 'x',
  glossary: [],
  summary: null,
  summaryLines: [],
  sections: [],
});

beforeAll(() => loadSiteFonts());

// Drawing with sharp takes seconds when the e2e build shares the two cores (npm test runs both).
describe('ogImage', { timeout: 20_000 }, () => {
  it('is a 1200×630 PNG', async () => {
    const sharp = (await import('sharp')).default;
    const { width, height, format } = await sharp(await ogImage(article('مارك روته'), 'ar')).metadata();
    expect({ width, height, format }).toEqual({ ...OG_SIZE, format: 'png' });
  });

  it('shapes Arabic: joined letters differ from the same letters kept apart', async () => {
    // A renderer without shaping draws every letter in its isolated form, so putting
    // zero-width non-joiners between them would change nothing.
    const joined = await ogImage(article('مارك روته يدعو'), 'ar');
    const apart = await ogImage(article('م\u200cا\u200cر\u200cك ر\u200cو\u200cت\u200cه ي\u200cد\u200cع\u200cو'), 'ar');
    expect(joined.equals(apart)).toBe(false);
  });
});
