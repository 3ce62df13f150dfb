// Browser-safe: where a reader's highlight lies in a text, and where it lies after a correction.

/** The words a highlight covers, with a little of what comes before and after (W3C TextQuoteSelector). */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where those words were, in characters of the text they were chosen in (W3C TextPositionSelector). */
export interface TextPosition {
  start: number;
  end: number;
}

/** How much context a quote keeps on each side: enough to tell apart two places of one phrase. */
export const CONTEXT = 32;

/** The quote and position of `text[start, end)`. */
export function describeRange(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { start, end },
  };
}

/** How many characters `a` and `b` share at their ends. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many characters `a` and `b` share at their starts. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where `quote` lies in `text` now, or null when its words are no longer there (the passage was
 * corrected): the place of its exact words whose context on at least one side is still the
 * quote's, whole; of several, the one with most context in common, then the nearest to where it
 * was. A quote is never attached to the same words elsewhere with other words around them.
 */
export function anchorQuote(text: string, quote: TextQuote, position: TextPosition): TextPosition | null {
  if (!quote.exact) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const prefix = sharedEnd(before, quote.prefix);
    const suffix = sharedStart(after, quote.suffix);
    if (prefix < quote.prefix.length && suffix < quote.suffix.length) continue;
    const candidate = { start: at, score: prefix + suffix, distance: Math.abs(at - position.start) };
    if (
      !best ||
      candidate.score > best.score ||
      (candidate.score === best.score && candidate.distance < best.distance)
    ) {
      best = candidate;
    }
  }
  return best && { start: best.start, end: best.start + quote.exact.length };
}
