// Browser-safe (the reader marks terms on first use): no YAML here, see lib/content/glossary.ts.

/** One entry of an article's glossary (`glossary.en.yaml`). */
export interface GlossaryEntry {
  /** Arabic, as it appears in the article's text (its tashkeel need not match). */
  term: string;
  gloss: string;
  /** How the term sounds, in Latin letters; null when the editor gave none. */
  translit: string | null;
}

/** A run of a text: plain, or a glossed term (its index in the glossary). */
export type TextRun = { text: string; term?: number };

/** Tashkeel, Quranic marks and tatweel: a term matches whether the text writes them or not. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
/** What a word is made of: a term never starts or ends inside one. */
const WORD = '[\\p{L}\\p{M}\\p{N}]';

/** `text` without its marks, and where each of its characters stands in `text` (one more: the end). */
function withoutMarks(text: string): { plain: string; at: number[] } {
  let plain = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (MARKS.test(text[i]!)) continue;
    plain += text[i];
    at.push(i);
  }
  at.push(text.length);
  return { plain, at };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term as a word of the text: with the letters Arabic attaches in front of a word (و or ف,
 * then ب ك or ل, then the article ال, which ل + ال writes لل), never inside a longer word, its
 * words apart by any space, whatever the tashkeel. Matched against the text without its marks.
 */
function termPattern(term: string): RegExp {
  const words = withoutMarks(term.trim()).plain.split(/\s+/).map(escape);
  const [first, ...rest] = words;
  const definite = first!.startsWith('ال');
  const head = definite ? `(?:[وف]?[بك]?ال|[وف]?لل)${first!.slice(2)}` : `[وف]?(?:[بك]?(?:ال)?|لل|ل)${first}`;
  return new RegExp(`(?<!${WORD})${[head, ...rest].join('\\s+')}(?!${WORD})`, 'gu');
}

// A page marks its terms text node by text node: each glossary's patterns are compiled once.
const compiled = new WeakMap<readonly GlossaryEntry[], RegExp[]>();
function patternsOf(glossary: readonly GlossaryEntry[]): RegExp[] {
  let patterns = compiled.get(glossary);
  if (!patterns) compiled.set(glossary, (patterns = glossary.map((entry) => termPattern(entry.term))));
  return patterns;
}

/** Where `term` first stands as a word in `text` at or after `from` (indices into `text`), or null. */
export function findTerm(text: string, term: string, from = 0): { start: number; end: number } | null {
  return findIn(withoutMarks(text), termPattern(term), from);
}

function findIn({ plain, at }: { plain: string; at: number[] }, pattern: RegExp, from: number) {
  pattern.lastIndex = at.findIndex((index) => index >= from);
  const match = pattern.exec(plain);
  return match ? { start: at[match.index]!, end: at[match.index + match[0].length]! } : null;
}

/**
 * `text` cut into runs, each term of the glossary marked where it first stands as a word (terms
 * in `marked` were marked before, in the same section, and are not again): where two terms start
 * at the same place the longer wins (الناتج المحلي الإجمالي before الناتج), and marks never
 * overlap. A mark covers the whole word, its attached letters and tashkeel too, so no element
 * starts inside a word and its letters keep joining. The runs joined are `text`, unchanged.
 */
export function markTerms(text: string, glossary: readonly GlossaryEntry[], marked = new Set<number>()): TextRun[] {
  const source = withoutMarks(text);
  const patterns = patternsOf(glossary);
  const runs: TextRun[] = [];
  let from = 0;
  for (;;) {
    let best: { term: number; start: number; end: number } | null = null;
    for (const [term, pattern] of patterns.entries()) {
      if (marked.has(term)) continue;
      const found = findIn(source, pattern, from);
      if (found && (!best || found.start < best.start || (found.start === best.start && found.end > best.end))) {
        best = { term, ...found };
      }
    }
    if (!best) break;
    if (best.start > from) runs.push({ text: text.slice(from, best.start) });
    runs.push({ text: text.slice(best.start, best.end), term: best.term });
    marked.add(best.term);
    from = best.end;
  }
  if (from < text.length || !runs.length) runs.push({ text: text.slice(from) });
  return runs;
}
