import faces from './readerFaces.json';

/*
 * The faces a reader may choose instead of Naskh (written by `npm run fonts:subset`): files named
 * by their content under public/fonts/, declared in app/readerFaces.css. The head script asks for
 * the chosen face's files at once (READER_FACE_FILES), so they are ready when the text is first
 * laid out; the settings load a face before applying it.
 */

/** Each face's files, by its name in the `face` reading preference. */
export const READER_FACE_FILES: Record<string, string[]> = Object.fromEntries(
  Object.entries(faces).map(([face, files]) => [face, files.map((file) => file.url)]),
);

/** Each face's font families, for document.fonts.load. */
export const READER_FACE_FAMILIES: Record<string, string[]> = Object.fromEntries(
  Object.entries(faces).map(([face, files]) => [face, [...new Set(files.map((file) => file.family))]]),
);
