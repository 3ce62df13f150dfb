/** Characters in a card's excerpt: two or three lines on a phone, in either language. */
export const EXCERPT_LENGTH = 180;

/**
 * The start of `text`, cut at a word boundary (never inside a word, which in Arabic would
 * break the letters' joining), with an ellipsis when anything was left out.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : clean.slice(0, max)).replace(/[\s،,.؛;:]+$/, '')}…`;
}
