import { describe, expect, it } from 'vitest';
import { NASKH_LATE_SCRIPT } from '../fonts/naskhFaceCss.mjs';
import { NASKH_FACE_CSS } from '../fonts/naskhFaces';
import { withNaskh } from './naskhOnServe.mjs';
import { inlineScripts, isOwnScript } from './ownScripts.mjs';

// A page as it leaves beasties (lib/http/criticalCss.mjs): its first screen's rules in a <style>,
// the stylesheet loading without blocking, the restorer at the end of the body.
const PAGE =
  '<html><head><meta charset="utf-8"><link rel="preload" href="/fonts/naskh-arabic.x.woff2" as="font">' +
  '<style>.headline{font-family:var(--font-naskh-arabic)}</style><link rel="stylesheet" href="/a.css" media="print">' +
  '</head><body><h1 class="headline">عنوان</h1><script>restore()</script></body></html>';

describe('Naskh written where a page leaves the server', () => {
  it('declares the faces once, first of the page’s styles, and ends the body with the late-face script', () => {
    const html = withNaskh(PAGE);
    expect(html).toContain(
      `<link rel="preload" href="/fonts/naskh-arabic.x.woff2" as="font"><style data-href="naskh-faces">${NASKH_FACE_CSS}</style><style>.headline`,
    );
    expect(html.match(/@font-face\{font-family:'Qari Naskh (Arabic|Latin)'/g)).toHaveLength(2);
    expect(html.endsWith(`<script>restore()</script><script>${NASKH_LATE_SCRIPT}</script></body></html>`)).toBe(true);
    // The policy allows it as the site's own (lib/http/ownScripts.mjs), and nothing else new.
    expect(inlineScripts(html).filter((script) => !PAGE.includes(script))).toEqual([NASKH_LATE_SCRIPT]);
    expect(isOwnScript(NASKH_LATE_SCRIPT, new Set())).toBe(true);
  });

  it('puts them before the stylesheet when the page has no first-screen rules (QARI_CRITICAL_CSS=off)', () => {
    const blocking =
      '<html><head><link rel="preload" href="/fonts/naskh-arabic.x.woff2" as="font"><link rel="stylesheet" href="/a.css"></head><body></body></html>';
    expect(withNaskh(blocking)).toMatch(
      /as="font"><style data-href="naskh-faces">[^<]+<\/style><link rel="stylesheet"/,
    );
  });

  it('leaves alone a page that declares them already (next dev) and what is no page', () => {
    const twice = withNaskh(PAGE);
    expect(withNaskh(twice)).toBe(twice);
    expect(withNaskh('<svg><style>a{}</style></svg>')).toBe('<svg><style>a{}</style></svg>');
    // Qari's own 404 and 5xx documents: no script, no face (e2e/hostile-generated.spec.ts).
    const notFound =
      '<html><head><meta name="robots" content="noindex"><style>body{}</style></head><body></body></html>';
    expect(withNaskh(notFound)).toBe(notFound);
  });
});
