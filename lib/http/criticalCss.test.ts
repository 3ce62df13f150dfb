import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRITICAL_CSS_FILE, criticalCssFor } from './criticalCss.mjs';
import { compilePlans } from './criticalCssPlans';
import { inlineScripts, STYLESHEET_RESTORER } from './ownScripts.mjs';

const dist = mkdtempSync(path.join(tmpdir(), 'qari-critical-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const CSS = `
.naskh-variable { --font-naskh: 'Qari Naskh Arabic' }
.headline { font-family: var(--font-naskh); font-size: 2rem }
.rule { border-bottom-style: var(--tw-border-style) }
@property --tw-translate-x { syntax: "*"; inherits: false; initial-value: 0 }
@property --tw-border-style { syntax: "*"; inherits: false; initial-value: solid }
.unused-widget { color: red }
:root[data-theme='dark'] { --paper: #111 }
html.js .toolbar { display: flex }
html.face-pending .reader-article { visibility: hidden }
`;
const HTML =
  `<html><head><link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"></head>` +
  '<body class="naskh-variable"><article class="reader-article"><h1 class="headline">عنوان</h1><div class="toolbar rule"></div></article></body></html>';

describe('critical CSS', () => {
  it('puts the rules a page uses in it, and loads the whole stylesheet without blocking', () => {
    mkdirSync(path.join(dist, 'static', 'chunks'), { recursive: true });
    writeFileSync(path.join(dist, 'static', 'chunks', 'site.css'), CSS);
    writeFileSync(path.join(dist, CRITICAL_CSS_FILE), JSON.stringify(compilePlans(path.join(dist, 'static'))));
    const html = criticalCssFor(dist)(HTML);
    const style = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    expect(style).toContain('.headline');
    expect(style).not.toContain('.unused-widget');
    // No face from here: the page's are declared by lib/http/naskhOnServe.mjs.
    expect(html).not.toContain('@font-face');
    // Every @property readable: none hidden behind a stray ";" (a border would lose its style).
    expect(style).toContain('@property --tw-translate-x');
    expect(style).toContain('@property --tw-border-style');
    expect(style).not.toMatch(/\};/);
    // What the head script sets before the first paint, which the HTML cannot show.
    expect(style).toMatch(/data-theme=.?dark/);
    expect(style).toContain('.js .toolbar');
    expect(style).toContain('.face-pending');
    // The stylesheet itself: not render-blocking until a script at the end of the body restores it.
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/site.css"[^>]*media="print"/);
    expect(html).toMatch(/<noscript><link rel="stylesheet" href="\/_next\/static\/chunks\/site.css"/);
    expect(html).toMatch(/<script>[^<]*data-beasties-media[^<]*<\/script><\/body>/);
    // …which the policy allows as the site's own (lib/http/ownScripts.mjs), as beasties writes it.
    expect(inlineScripts(html)).toContain(STYLESHEET_RESTORER);
  });

  it('refuses a stylesheet that declares a face (it would swap in after the first paint)', () => {
    const sheets = mkdtempSync(path.join(tmpdir(), 'qari-critical-faces-'));
    try {
      mkdirSync(path.join(sheets, 'chunks'));
      writeFileSync(path.join(sheets, 'chunks', 'a.css'), '@font-face{font-family:x;src:url(x.woff2)}.a{color:red}');
      expect(() => compilePlans(sheets)).toThrow(/chunks\/a\.css: declares @font-face/);
    } finally {
      rmSync(sheets, { recursive: true, force: true });
    }
  });

  it('leaves pages alone for a build without plans', () => {
    expect(criticalCssFor(path.join(dist, 'nowhere'))(HTML)).toBe(HTML);
  });
});
