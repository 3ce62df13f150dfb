/**
 * Search text as Arabic readers type it: the same word whether written with or without its
 * diacritics (tashkeel, shadda), tatweel, any hamza or madda on alef (أ إ آ ٱ → ا), ة or ه,
 * ى or ي, and with or without the article ال (also after و ف ب ك, and لل). Applied to the index
 * and to every query alike, word by word, so a word stays a word (the index keeps word order).
 * Latin letters are lower-cased. Display text is never normalised: only what is matched.
 */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEF = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
/** و/ف, then ب/ك, then the article; or و/ف then لل (ل + ال). Only when three letters remain. */
const ARTICLE = /^([وف]?[بك]?ال|[وف]?لل)(?=\p{L}{3})/u;

export function normalizeWord(word: string): string {
  const plain = word
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(ALEF, '\u0627')
    .replace(/\u0629/g, '\u0647')
    .replace(/\u0649/g, '\u064A')
    .toLowerCase();
  return plain.replace(ARTICLE, '');
}

/** Every word of `text`, normalised; separators become single spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .split(/[^\p{L}\p{M}\p{N}\u0640]+/u)
    .filter(Boolean)
    .map(normalizeWord)
    .filter(Boolean)
    .join(' ');
}
