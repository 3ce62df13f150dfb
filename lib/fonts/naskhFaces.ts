import faces from './naskhFaces.json';
import { naskhFaceCss } from './naskhFaceCss.mjs';
import type { FaceFile } from './readerFaces';

/*
 * Naskh, the default face and the UI's: its files (written by `npm run fonts:subset`, named by
 * their content under public/fonts/) preloaded by every page's head (app/[locale]/layout.tsx) and
 * declared once, first in it, where the page leaves the server (lib/http/naskhOnServe.mjs), which
 * also drops a face whose file is late (lib/fonts/naskhFaceCss.mjs).
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

/** Its declarations (under `next dev`; served pages get them from lib/http/naskhOnServe.mjs). */
export const NASKH_FACE_CSS = naskhFaceCss(NASKH_FACES as [FaceFile, FaceFile]);
