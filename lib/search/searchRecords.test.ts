import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/content/articleFolder';
import { readArticleFolder } from '@/lib/content/readArticleFolder';
import { bestSection } from './bestSection';
import { normalizeForSearch } from './normalize';
import { searchRecord } from './searchRecords';

const seed = readArticleFolder(CONTENT_DIR, 'nato-rutte-bucharest-industry-forum')!;
const terms = (query: string) => normalizeForSearch(query).split(' ');

describe('searchRecord', () => {
  it('is one record per article, its headlines and every section normalised', () => {
    const record = searchRecord(seed);
    expect(record.url).toBe(`/articles/${seed.slug}`);
    expect(record.content.startsWith(normalizeForSearch(seed.headline.ar))).toBe(true);
    for (const section of seed.sections.slice(1))
      expect(record.content).toContain(normalizeForSearch(section.heading!));
  });
});

describe('bestSection', () => {
  it('opens at the section that has the word as typed, not one with only its stem', () => {
    // The lead says الإبداع twice; only the section on industry's roles says الإبداعية.
    expect(bestSection(seed, terms('الابداعيه'))).toMatchObject({ id: 'industry-roles', matched: 1 });
  });
  it('opens at the section with most of the words, the lead when only the headline has them', () => {
    expect(bestSection(seed, terms('australia')).id).toBe('international-cooperation');
    expect(bestSection(seed, terms(seed.headline.en.split(' ')[0]!)).id).toBe('lead');
  });
  it('counts a word, or the start of one', () => {
    expect(bestSection(seed, terms('روت')).matched).toBe(1);
    expect(bestSection(seed, terms('روتا')).matched).toBe(0);
  });
});
