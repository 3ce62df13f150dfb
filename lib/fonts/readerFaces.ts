import faces from './readerFaces.json';

/*
 * The faces a reader may choose instead of Naskh (written by `npm run fonts:subset`): files named
 * by their content under public/fonts/. They are registered from script, never from the
 * stylesheet: by the head script for a returning reader's face (lib/fonts/chosenFaceOnLoad.ts),
 * by the reading settings when one is chosen. So no page asks for a face nobody chose.
 */

export interface FaceFile {
  family: string;
  /** A CSS font-weight: one weight, or a variable file's range ("400 700"). */
  weight: string;
  url: string;
}

/** Each face's files, by its name in the `face` reading preference. */
export const READER_FACES: Record<string, FaceFile[]> = faces;

/**
 * Registers a face's files with the document and loads them; resolves once every file is ready.
 * `block`: a registered face is used as soon as it has loaded, never silently replaced by a
 * fallback for the page's life (what `optional` does when a file is late). Self-contained: the
 * head script inlines it as source text.
 */
export function loadFaceFiles(files: readonly FaceFile[]) {
  return Promise.all(
    files.map(({ family, weight, url }) => {
      const face = new FontFace(family, `url(${url}) format('woff2')`, { weight, display: 'block' });
      document.fonts.add(face);
      return face.load();
    }),
  );
}
