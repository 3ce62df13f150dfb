import { describe, expect, it } from 'vitest';
import { hitQuery, MAX_HITS, MAX_TERMS } from './hitQuery';

const query = (slugs: string, q: string) => hitQuery(new URLSearchParams({ slugs, q }));

describe('hitQuery', () => {
  it('asks for each word once, and for no more slugs than a page of hits', () => {
    expect(query(Array(20).fill('nato').join(','), Array(100).fill('روته').join(' '))).toEqual({
      slugs: Array(MAX_HITS).fill('nato'),
      terms: ['روته'],
    });
  });
  it(`looks at ${MAX_HITS} slugs and ${MAX_TERMS} words at most`, () => {
    const slugs = Array.from({ length: 50 }, (_, i) => `a-${i}`).join(',');
    const words = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    const { slugs: asked, terms } = query(slugs, words);
    expect(asked).toHaveLength(MAX_HITS);
    expect(terms).toHaveLength(MAX_TERMS);
  });
  it('keeps a malformed slug in its place as null, so answers line up with the hits', () => {
    expect(query('a,../x,b', 'x').slugs).toEqual(['a', null, 'b']);
  });
  it('reads no more of a huge query string than it can use', () => {
    const { slugs, terms } = query('x,'.repeat(1_000_000), 'كلمة '.repeat(1_000_000));
    expect(slugs).toEqual(Array(MAX_HITS).fill('x'));
    expect(terms).toEqual(['كلمه']);
  });
});
