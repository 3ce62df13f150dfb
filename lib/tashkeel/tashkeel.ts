import { READER_SELECTOR } from '../browser/readerDom';

/**
 * Tashkeel (harakat and the other Arabic diacritics: U+064B–U+065F, U+0670, U+06D6–U+06ED) shown
 * or hidden in the reader. Only what is shown changes: the text as written stays in the element's
 * `data-written`, and copying, sharing a passage and listening read it from there.
 */
export const TASHKEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;

/** The elements whose Arabic follows the tashkeel setting (lib/browser/readerDom.ts). */
export const ARABIC_TEXT_SELECTOR = READER_SELECTOR.arabicText;

export const withoutTashkeel = (text: string) => text.replace(TASHKEEL, '');

const MARK = new RegExp(`^${TASHKEEL.source}$`);
const isMark = (char: string) => MARK.test(char);

/**
 * Where, in `written`, the text shown without tashkeel reaches `shown` characters: after that
 * many letters and the marks that follow the last of them (a mark belongs to its letter).
 */
export function writtenOffset(written: string, shown: number): number {
  let letters = 0;
  let offset = 0;
  while (offset < written.length && (letters < shown || (shown > 0 && isMark(written[offset]!)))) {
    if (!isMark(written[offset]!)) letters++;
    offset++;
  }
  return offset;
}
