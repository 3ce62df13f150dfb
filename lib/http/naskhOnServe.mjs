// Naskh's faces and the script that drops late ones (lib/fonts/naskhFaceCss.mjs), written into
// each page where it leaves the server rather than by React: in the HTML once, not a second time
// in React's payload (the seed's page is within a few bytes of its 32 KiB budget), and first in
// the head, before any style: declared after the stylesheet, a face would be declared anew when
// it arrives after the first paint, and a face that missed the first layout swapped in then.
import { readFileSync } from 'node:fs';
import { NASKH_LATE_SCRIPT, NASKH_STYLE_NAME, naskhFaceCss } from '../fonts/naskhFaceCss.mjs';

const FACES = JSON.parse(readFileSync(new URL('../fonts/naskhFaces.json', import.meta.url), 'utf8'));
const STYLE = `<style data-href="${NASKH_STYLE_NAME}">${naskhFaceCss(FACES)}</style>`;
const SCRIPT = `<script>${NASKH_LATE_SCRIPT}</script>`;
/** The layout preloads Naskh's files on every page it renders; Qari's own 404 and 5xx documents (no script, no face) do not. */
const PRELOADS = /<link [^>]*href="\/fonts\/naskh-/;

/**
 * A page with Naskh declared (before its first style or stylesheet) and the late-face script (at
 * the end of its body). A page the layout did not render (no preload of Naskh's files: Qari's 404
 * and 5xx documents, which carry no script) or that already declares them (`next dev`'s) is left
 * as it is.
 * @param {string} html
 */
export function withNaskh(html) {
  if (!PRELOADS.test(html) || html.includes(`data-href="${NASKH_STYLE_NAME}"`) || !html.includes('</head>'))
    return html;
  const first = html.search(/<style[\s>]|<link rel="stylesheet"/);
  const head = html.indexOf('</head>');
  const at = first >= 0 && first < head ? first : head;
  const styled = `${html.slice(0, at)}${STYLE}${html.slice(at)}`;
  const end = styled.lastIndexOf('</body>');
  return end < 0 ? styled : `${styled.slice(0, end)}${SCRIPT}${styled.slice(end)}`;
}
