// Naskh's declarations, as text: written into each page where it leaves the server
// (lib/http/naskhOnServe.mjs), and by the layout under `next dev`. Plain JavaScript: the server
// wrapper imports it as it is.

/** @typedef {{ family: string, weight: string, url: string }} FaceFile */

/**
 * The faces and the names the stylesheet uses for them. A device's own Noto Naskh Arabic (Android
 * has it) stands in for the Arabic face while it is missing: the same letters. The Latin face
 * falls back to a Times New Roman sized to Naskh's Latin (what next/font computed for it), so "5%"
 * or "2035" in Arabic text keep their width either way; the Arabic face has no metric fallback of
 * its own, or that (a Latin serif) would catch the digits before the Latin Naskh face could.
 * `optional`: see lib/fonts/naskhFaces.ts.
 * @param {readonly [FaceFile, FaceFile]} faces the Arabic file, then the Latin one
 */
export function naskhFaceCss([arabic, latin]) {
  /** @param {FaceFile} face */
  const fontFace = ({ family, weight, url }) =>
    `@font-face{font-family:'${family}';src:url(${url}) format('woff2');font-weight:${weight};font-display:optional}`;
  return [
    fontFace(arabic),
    fontFace(latin),
    `@font-face{font-family:'${latin.family} Fallback';src:local('Times New Roman');ascent-override:90.68%;descent-override:53.78%;line-gap-override:0%;size-adjust:117.88%}`,
    `:root{--font-naskh-arabic:'${arabic.family}','Noto Naskh Arabic';--font-naskh-latin:'${latin.family}','${latin.family} Fallback'}`,
  ].join('');
}

/** The <style> holding them: found by this name by the script below. */
export const NASKH_STYLE_NAME = 'naskh-faces';

/** How long a Naskh file may still come after the page's first frame (ms): `optional`'s wait. */
export const NASKH_WAIT = 100;

/** Set in localStorage by the first page a browser loads from Qari (the script below). */
export const NASKH_SEEN_KEY = 'qari:naskh';

/**
 * A face that misses the first layout is not used on the page (`optional`), but when its file
 * comes Chromium lays out and shapes every line again all the same, once per file: two full
 * relayouts on a slow first visit, for text that does not change (bench/RESULTS.md, issue 37).
 * This script, at the end of the body, waits for the page's first frame (it is laid out by then)
 * and NASKH_WAIT after it, then takes the two file faces still loading out of their sheet (the
 * first two rules, as naskhFaceCss writes them; the local metric fallback stays), together: one
 * relayout at most, none when the files were in time. The files are still fetched (preloaded) and
 * set every page after.
 *
 * Only on the first page this browser loads from Qari (NASKH_SEEN_KEY not yet set). A file that
 * has come can still read "loading" when the timer runs on a busy main thread (its arrival waits
 * behind the same thread), and a file from the cache comes early: taking its face out would show
 * a returning reader the fallback on every page. On a first page the same can only happen to a
 * file that came from the network just in time: that one page stays in the fallback, as on any
 * slow first visit, and nothing moves. The flag stands in for "nothing cached": a reader whose
 * site storage was cleared but not the cache gets one such page (asking the cache itself,
 * `fetch(url, {cache: 'only-if-cached'})`, logs an error on every first visit). Storage refused
 * (it throws): the page is left as it is. Written by hand, small: it is in every page's HTML.
 */
export const NASKH_LATE_SCRIPT =
  `try{var s=localStorage,k='${NASKH_SEEN_KEY}';s[k]||(s[k]=1,requestAnimationFrame(function(){setTimeout(function(){var l=[],r=(document.querySelector('[data-href=${NASKH_STYLE_NAME}]')||0).sheet,i=2,q=/["']/g;` +
  `document.fonts.forEach(function(f){f.status=='loading'&&l.push(f.family.replace(q,''))});` +
  `while(r&&i--)l.indexOf(r.cssRules[i].style.fontFamily.replace(q,''))<0||r.deleteRule(i)},${NASKH_WAIT})}))}catch{}`;
