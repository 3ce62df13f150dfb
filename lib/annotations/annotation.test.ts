import { describe, expect, it } from 'vitest';
import { describeRange } from './anchor';
import { newAnnotation, noteOf, passageLink, toMarkdown, withNote, type Passage } from './annotation';
import { parseExport } from './annotationFile';

const text = 'دعا الأمين العام لحلف شمال الأطلسي إلى تعزيز التعاون.';
const start = text.indexOf('تعزيز التعاون');
const passage: Passage = {
  source: 'https://qari.example/ar/articles/nato-rutte-bucharest-industry-forum',
  slug: 'nato-rutte-bucharest-industry-forum',
  title: 'مارك روته يدعو من بوخارست',
  version: 'abc123',
  part: 'text',
  section: 'lead',
  ...describeRange(text, start, start + 'تعزيز التعاون'.length),
};

describe('annotations', () => {
  it('is a W3C Web Annotation: the section refined by the quote and its position', () => {
    const highlight = newAnnotation(passage, '', new Date('2026-12-07T10:00:00Z'));
    expect(highlight).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'highlighting',
      target: {
        selector: {
          type: 'FragmentSelector',
          value: 'lead',
          refinedBy: [
            { type: 'TextQuoteSelector', exact: 'تعزيز التعاون' },
            { type: 'TextPositionSelector', start, end: start + 13 },
          ],
        },
      },
    });
    expect(highlight.body).toBeUndefined();
    const noted = withNote(highlight, '  ملاحظة مهمة  ');
    expect(noted.motivation).toBe('commenting');
    expect(noteOf(noted)).toBe('ملاحظة مهمة');
    expect(withNote(noted, '').body).toBeUndefined();
  });

  it('exports Markdown with the quote, the note, the article and a link to the passage', () => {
    const noted = withNote(newAnnotation(passage, '', new Date('2026-12-07T10:00:00Z')), 'a note');
    const markdown = toMarkdown([noted], 'My highlights');
    expect(markdown).toContain('## مارك روته يدعو من بوخارست');
    expect(markdown).toContain('> تعزيز التعاون');
    expect(markdown).toContain('a note');
    expect(markdown).toContain(passageLink(noted));
    expect(passageLink(noted)).toBe(`${passage.source}#lead:~:text=${encodeURIComponent('تعزيز التعاون')}`);
  });

  it('reads back what it exports, and refuses a malformed file saying where', () => {
    const kept = [newAnnotation(passage), withNote(newAnnotation(passage), 'x')];
    expect(parseExport(JSON.stringify(kept))).toEqual({ annotations: kept });
    expect(parseExport('{not json')).toEqual({ error: 'not JSON' });
    expect(parseExport(JSON.stringify(Array.from({ length: 20_001 }, () => kept[0])))).toEqual({
      error: 'more than 20000 annotations',
    });
    expect(parseExport(' '.repeat(20_000_001))).toEqual({ error: 'larger than 20 MB' });
    const broken = structuredClone(kept);
    (broken[1]!.target.selector.refinedBy[0] as { exact: string }).exact = '';
    expect(parseExport(JSON.stringify(broken))).toEqual({
      error: expect.stringMatching(/^item 2: target\.selector\.refinedBy\.0\.exact: /),
    });
  });
});
