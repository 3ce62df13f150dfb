import { describe, expect, it } from 'vitest';
import { readSeed, SEED_SECTION_IDS } from './testing/seedFixture';
import { content } from './source/contentSource';

const SLUG = 'nato-rutte-bucharest-industry-forum';

describe('the seed article', () => {
  const seed = readSeed();
  const article = content().getArticle(SLUG);

  it('is the raw seed word for word: author, lead, 7 headings, 8 paragraphs, no stub line', () => {
    expect(seed.sections).toHaveLength(7);
    expect(article?.author).toBe(seed.author);
    expect(article?.sections.map((s) => s.heading)).toEqual([null, ...seed.sections.map((s) => s.heading)]);
    expect(article?.sections.flatMap((s) => s.paragraphs)).toEqual(seed.paragraphs);
    const text = JSON.stringify(article);
    for (const stub of seed.stubs) expect(text).not.toContain(stub);
  });

  it('has 8 sections with ASCII ids, each with an English summary and title', () => {
    expect(article?.sections.map((s) => s.id)).toEqual(SEED_SECTION_IDS);
    for (const section of article?.sections ?? []) {
      expect(section.summary?.title, section.id).toMatch(/\w/);
      expect(section.summary?.paragraphs.join(' ').length, section.id).toBeGreaterThan(100);
    }
    expect(article?.summary?.join(' ')).toContain('Mark Rutte');
  });
});
