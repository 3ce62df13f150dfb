// npm run fonts:subset — writes public/fonts/*.woff2: the Arabic faces cut down to the characters
// Arabic news text needs, plus every character of the text lib/content hands us (textToCover).
// Run it after adding an article with unusual characters; a unit test says when it is needed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: subset-font ships no types; it takes a font, characters and options.
import subsetFont from 'subset-font';
import { textToCover } from '../../lib/fonts/textToCover';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** What any Arabic news text may need, whatever the article. */
const BASE = {
  arabic: [
    range(0x060c, 0x060c), // ،
    range(0x061b, 0x061b), // ؛
    range(0x061f, 0x061f), // ؟
    range(0x0621, 0x0652), // letters and harakat
    range(0x0660, 0x066d), // Arabic-Indic digits, ٪ ٫ ٬ ٭
    range(0x0670, 0x0670), // superscript alef
    range(0x200c, 0x200f), // ZWNJ, ZWJ, LRM, RLM
  ].join(''),
  latin: [
    range(0x0020, 0x007e), // Basic Latin: digits, %, punctuation, names
    '\u00a0«»·–—‘’“”…′″€£',
    'ăâîșțĂÂÎȘȚéèêëáàóòöüçñ', // Romanian and other names in summaries
  ].join(''),
};

const used = [...new Set(textToCover().join(''))].join('');
const wght = { wght: { min: 400, max: 700 } };
type Axes = Record<string, { min: number; max: number }>;
const subset = (file: string, characters: string, variationAxes?: Axes): Promise<Buffer> =>
  subsetFont(readFileSync(path.join('node_modules', file)), characters, { targetFormat: 'woff2', variationAxes });

async function main() {
  // Every face is a set of files named by their content under public/fonts/ (kept forever by
  // browsers). Naskh, the default face and the UI's, is declared in every page's head
  // (lib/fonts/naskhFaces.ts), listed in lib/fonts/naskhFaces.json. The faces a reader may choose
  // instead are listed in lib/fonts/readerFaces.json: registered from script, by the head script
  // for a returning reader's face and by the settings when one is chosen (lib/fonts/readerFaces.ts).
  const FACES: Record<
    string,
    [name: string, family: string, weight: string, file: string, characters: string, axes?: Axes][]
  > = {
    naskh: [
      [
        'naskh-arabic',
        'Qari Naskh Arabic',
        '400 700',
        '@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
        BASE.arabic,
        wght,
      ],
      [
        'naskh-latin',
        'Qari Naskh Latin',
        '400 700',
        '@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-latin-wght-normal.woff2',
        BASE.latin,
        wght,
      ],
    ],
    sans: [
      [
        'sans-arabic',
        'Qari Sans Arabic',
        '400 700',
        '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
        BASE.arabic,
        wght,
      ],
      [
        'sans-latin',
        'Qari Sans Latin',
        '400 700',
        '@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-latin-wght-normal.woff2',
        BASE.latin,
        wght,
      ],
    ],
    amiri: [
      ['amiri-400', 'Qari Amiri', '400', '@fontsource/amiri/files/amiri-arabic-400-normal.woff2', BASE.arabic],
      ['amiri-700', 'Qari Amiri', '700', '@fontsource/amiri/files/amiri-arabic-700-normal.woff2', BASE.arabic],
    ],
  };
  rmSync('public/fonts', { recursive: true, force: true });
  mkdirSync('public/fonts', { recursive: true });
  const faces: Record<string, { family: string; weight: string; url: string }[]> = {};
  for (const [face, files] of Object.entries(FACES)) {
    const written: { family: string; weight: string; url: string }[] = (faces[face] = []);
    for (const [name, family, weight, file, characters, axes] of files) {
      const output = await subset(file, characters + used, axes);
      // Short names: the chosen face's addresses go in every page's head script.
      const hash = createHash('sha256').update(output).digest('hex').slice(0, 10);
      const url = `/fonts/${name}.${hash}.woff2`;
      writeFileSync(path.join('public', url), output);
      written.push({ family, weight, url });
      console.log(`public${url}: ${output.length} bytes`);
    }
  }
  const { naskh, ...readerFaces } = faces;
  writeFileSync('lib/fonts/naskhFaces.json', `${JSON.stringify(naskh, null, 2)}\n`);
  writeFileSync('lib/fonts/readerFaces.json', `${JSON.stringify(readerFaces, null, 2)}\n`);
}

void main();
