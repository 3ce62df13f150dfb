import { ContentProblem } from './ContentError';

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what a reader
// sees without showing themselves. ZWJ/ZWNJ and the marks U+200E/U+200F are fine.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;

/** Every bidi control character in a file, each with its line and column. */
export function bidiControls(file: string, text: string): ContentProblem[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(BIDI_CONTROL)].map(
      (match) =>
        new ContentProblem(
          file,
          index + 1,
          `bidi control character U+${match[0].codePointAt(0)!.toString(16).toUpperCase()} would reorder the text readers see: delete it`,
          match.index + 1,
        ),
    ),
  );
}
