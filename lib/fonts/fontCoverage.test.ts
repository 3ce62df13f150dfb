import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { content } from '../content/source/contentSource';
import { NASKH_FACES } from './naskhFaces';
import { textToCover } from './textToCover';

// The app serves subsets of Noto Naskh Arabic (npm run fonts:subset). They must still draw every
// character the articles use, and shape Arabic exactly like the full font: lam-alef, joins, marks.
const open = (file: string) => fontkit.create(readFileSync(file)) as fontkit.Font;
const full = open(
  'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
);
const [arabic, latin] = NASKH_FACES.map(({ url }) => open(`public${url}`)) as [fontkit.Font, fontkit.Font];

const texts = textToCover();

describe('the subset fonts', () => {
  it('cover every character of every article (else run npm run fonts:subset)', () => {
    const missing = [...new Set(texts.join(''))].filter(
      (char) =>
        char.trim() &&
        !arabic.hasGlyphForCodePoint(char.codePointAt(0)!) &&
        !latin.hasGlyphForCodePoint(char.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
  });

  it.each(['لا', 'الأمين العام', 'إلى', 'لأن', 'المسيّرة', 'مؤكداً', 'بـ “عائد الدفاع”'])(
    'shape "%s" exactly like the full font',
    (sample) => {
      const advances = (font: fontkit.Font) => font.layout(sample).glyphs.map((glyph) => glyph.advanceWidth);
      expect(advances(arabic)).toEqual(advances(full));
    },
  );

  it('shape every heading of every article like the full font', () => {
    for (const article of content().listArticles()) {
      for (const heading of article.sections.map((s) => s.heading).filter((h): h is string => !!h)) {
        expect(arabic.layout(heading).advanceWidth, heading).toBe(full.layout(heading).advanceWidth);
      }
    }
  });
});
