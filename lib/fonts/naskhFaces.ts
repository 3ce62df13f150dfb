import faces from './naskhFaces.json';
import type { FaceFile } from './readerFaces';

/*
 * Naskh, the default face and the UI's: its files (written by `npm run fonts:subset`, named by
 * their content under public/fonts/) declared once, in every page's head (app/[locale]/layout.tsx).
 *
 * Not in the stylesheet: a page carries its first screen's CSS in a <style> and loads the
 * stylesheet without blocking (lib/http/criticalCss.mjs), so a face declared there would be
 * declared twice, and the second declaration, arriving with the stylesheet, swaps the face in
 * after the first paint: text moved (measured: CLS 0.18 on the library, throttled).
 *
 * `optional`: a face that is not there when the text is first laid out (a slow first visit: the
 * page paints from its HTML, before any file can arrive) is not swapped in later, so text never
 * jumps; the file is still saved and sets every page after. On a fast connection the preloaded
 * files arrive within the short wait `optional` allows, and the first page is in Naskh too.
 */
export const NASKH_FACES: FaceFile[] = faces;

/** Fontsource splits Noto Naskh Arabic by script: the Arabic file has no digits, Latin punctuation or quotes. */
const [arabic, latin] = NASKH_FACES as [FaceFile, FaceFile];

const fontFace = ({ family, weight, url }: FaceFile) =>
  `@font-face{font-family:'${family}';src:url(${url}) format('woff2');font-weight:${weight};font-display:optional}`;

/**
 * The faces and the names the stylesheet uses for them. A device's own Noto Naskh Arabic (Android
 * has it) stands in for the Arabic face while it is missing: the same letters. The Latin face
 * falls back to a Times New Roman sized to Naskh's Latin (what next/font computed for it), so "5%"
 * or "2035" in Arabic text keep their width either way; the Arabic face has no metric fallback of
 * its own, or that (a Latin serif) would catch the digits before the Latin Naskh face could.
 */
export const NASKH_FACE_CSS = [
  fontFace(arabic),
  fontFace(latin),
  `@font-face{font-family:'${latin.family} Fallback';src:local('Times New Roman');ascent-override:90.68%;descent-override:53.78%;line-gap-override:0%;size-adjust:117.88%}`,
  `:root{--font-naskh-arabic:'${arabic.family}','Noto Naskh Arabic';--font-naskh-latin:'${latin.family}','${latin.family} Fallback'}`,
].join('');
