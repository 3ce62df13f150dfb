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
 * the address pages link it at. And every @font-face rule, addresses made absolute: the page's
 * faces are named through custom properties (next/font's `--font-naskh-arabic`), which beasties
 * cannot follow, so it would leave them out and the first paint would set a fallback face.
 */
export function compilePlans(staticDir: string) {
  const sheets = readdirSync(staticDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({
      css: readFileSync(path.join(staticDir, file), 'utf8'),
      href: `/_next/static/${file.split(path.sep).join('/')}`,
    }));
  return {
    plans: sheets.map(({ css, href }) => encodePlan(compileSheet(css, { href, allowRules: ALLOW_RULES }))),
    fontFaces: sheets
      .flatMap(({ css, href }) =>
        (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).map((rule) =>
          rule.replace(
            /url\((['"]?)([^'")]+)\1\)/g,
            // A data: address stays as it is; a relative one is made absolute from the sheet's.
            (whole, quote, url: string) =>
              url.startsWith('data:') ? whole : `url(${quote}${new URL(url, `http://site${href}`).pathname}${quote})`,
          ),
        ),
      )
      .join(''),
  };
}
