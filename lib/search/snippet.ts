import { normalizeWord } from './normalize';

export interface SnippetPart {
  text: string;
  /** A word the query matched: shown highlighted. */
  mark: boolean;
}

const SEPARATORS = /([^\p{L}\p{M}\p{N}\u0640]+)/u;

/**
 * Whether a word of readers' text is one the query asked for: a query word matches a word with
 * the same normalised form, or the start of one (the reader may still be typing).
 */
const matchesAny = (word: string, terms: readonly string[]) => {
  const normalized = normalizeWord(word);
  return terms.some((term) => normalized.startsWith(term));
};

/**
 * A few words of `text` around the first word the query matches, cut from the text exactly as
 * readers see it (never from the normalised index), matched words marked.
 * Null when nothing in `text` matches.
 */
export function snippet(text: string, terms: readonly string[], radius = 9): SnippetPart[] | null {
  if (!terms.length) return null;
  const pieces = text.split(SEPARATORS);
  // Words sit at even positions, separators at odd ones.
  const matches = (piece: string, index: number) => index % 2 === 0 && !!piece && matchesAny(piece, terms);
  const first = pieces.findIndex(matches);
  if (first < 0) return null;
  const start = Math.max(0, first - radius * 2);
  const end = Math.min(pieces.length, first + radius * 2 + 1);
  const parts: SnippetPart[] = pieces.slice(start, end).map((piece, offset) => ({
    text: piece,
    mark: matches(piece, start + offset),
  }));
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < pieces.length) parts.push({ text: ' …', mark: false });
  return parts.filter((part) => part.text);
}
