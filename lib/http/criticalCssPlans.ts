import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileSheet, encodePlan } from 'beasties/compiler';

/**
 * Rules a page's HTML cannot show it needs, kept whatever the page holds: the reader's choices,
 * which the head script writes on <html> before the first paint (theme, sizes, face, spacing,
 * width, summaries; lib/browser/readerPreferences.ts), its `js` mark, and the classes that hide
 * the article while its face or its tashkeel are prepared.
 */
export const ALLOW_RULES = [
  /\[data-[a-z-]+[~|^$*]?=/,
  // States the islands set as they start (a pressed toggle, a disabled step at the first section).
  /\[aria-[a-z]+=|:disabled|:checked/,
  /\.js\b/,
  /\.(face|tashkeel)-pending\b/,
  // Selectors beasties cannot match against a page (measured: it left out the UI's Arabic face
  // and Tailwind's space-y spacing): a language's face, and Tailwind's :where() utilities.
  /^:lang\(/,
  /^:where\(/,
];

/**
 * Every stylesheet of a build (its `static/` folder) compiled into a plan, for the server to
 * inline each page's critical CSS from (lib/http/criticalCss.mjs): each plan knows its sheet by
 * the address pages link it at. A stylesheet that declares a face is refused: the face would be
 * declared again when the stylesheet arrives after the first paint, and swapped in then, moving
 * text. Faces are declared in the page's head instead (lib/fonts/naskhFaces.ts).
 */
export function compilePlans(staticDir: string) {
  const sheets = readdirSync(staticDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({
      css: readFileSync(path.join(staticDir, file), 'utf8'),
      href: `/_next/static/${file.split(path.sep).join('/')}`,
    }));
  const withFaces = sheets.filter(({ css }) => /@font-face/.test(css)).map(({ href }) => href);
  if (withFaces.length > 0) {
    throw new Error(
      `${withFaces.join(', ')}: declares @font-face. Declare faces in the page's head (lib/fonts/naskhFaces.ts): ` +
        'a face in the stylesheet is declared again when the stylesheet arrives, after the first paint, and swapped in then.',
    );
  }
  return { plans: sheets.map(({ css, href }) => encodePlan(compileSheet(css, { href, allowRules: ALLOW_RULES }))) };
}
