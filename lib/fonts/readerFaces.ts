import faces from './readerFaces.json';

/**
 * The faces a reader may choose instead of Naskh (written by `npm run fonts:subset`): files
 * named by their content under public/fonts/. Their @font-face rules go in every page's <head>
 * and cost nothing until a face is used; `optional`, so a face not ready when the text is laid
 * out is never swapped in later (no layout shift). The head script asks for the chosen face's
 * files at once (READER_FACE_FILES), and the settings load a face before applying it.
 */
export const READER_FACES_CSS = Object.values(faces)
  .flat()
  .map(
    ({ family, weight, url }) =>
      `@font-face{font-family:"${family}";src:url(${url}) format("woff2");font-weight:${weight};font-display:optional}`,
  )
  .join('');

/** Each face's files, by its name in the `face` reading preference. */
export const READER_FACE_FILES: Record<string, string[]> = Object.fromEntries(
  Object.entries(faces).map(([face, files]) => [face, files.map((file) => file.url)]),
);

/** Each face's font families, for document.fonts.load. */
export const READER_FACE_FAMILIES: Record<string, string[]> = Object.fromEntries(
  Object.entries(faces).map(([face, files]) => [face, [...new Set(files.map((file) => file.family))]]),
);
