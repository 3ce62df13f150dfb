// npm run fonts:subset — writes app/fonts/*.woff2: Noto Naskh Arabic cut down to the characters
// Arabic news text needs, plus every character the articles in content/ actually use.
// Run it after adding an article with unusual characters; a unit test says when it is needed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

const source = 'node_modules/@fontsource-variable/noto-naskh-arabic/files';
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

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

/** Every character of the articles, the topics' names and the Arabic UI messages. */
function contentCharacters() {
  const dir = 'content/articles';
  const files = readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.ar.md'))
    .map((file) => path.join(dir, String(file)));
  const text = [...files, 'content/topics.yaml', 'messages/ar.json'].map((file) => readFileSync(file, 'utf8')).join('');
  return [...new Set(text)].join('');
}

const used = contentCharacters();
for (const [name, file] of [
  ['arabic', 'noto-naskh-arabic-arabic-wght-normal.woff2'],
  ['latin', 'noto-naskh-arabic-latin-wght-normal.woff2'],
]) {
  const input = readFileSync(path.join(source, file));
  const output = await subsetFont(input, BASE[name] + used, {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: 400, max: 700 } },
  });
  writeFileSync(`app/fonts/naskh-${name}.woff2`, output);
  console.log(`app/fonts/naskh-${name}.woff2: ${input.length} → ${output.length} bytes`);
}
