// Browser-safe (the reader marks terms on first use): no YAML here, see lib/content/glossary.ts.

/** One entry of an article's glossary (`glossary.en.yaml`). */
export interface GlossaryEntry {
  /** Arabic, exactly as it appears in the article's text. */
  term: string;
  gloss: string;
  /** How the term sounds, in Latin letters; null when the editor gave none. */
  translit: string | null;
}

/** A run of a text: plain, or a glossed term (its index in the glossary). */
export type TextRun = { text: string; term?: number };

/**
 * `text` cut into runs, each term of the glossary marked where it first occurs (terms in
 * `marked` were marked before, in the same section, and are not again): the longest term wins
 * where two start at the same place (الناتج المحلي الإجمالي before الناتج), and marks never
 * overlap. The runs joined are `text`, unchanged.
 */
export function markTerms(text: string, glossary: readonly GlossaryEntry[], marked = new Set<number>()): TextRun[] {
  if (!glossary.length) return [{ text }];
  const byLength = glossary
    .map((entry, index) => ({ term: entry.term, index }))
    .sort((a, b) => b.term.length - a.term.length);
  const runs: TextRun[] = [];
  let plain = '';
  for (let at = 0; at < text.length;) {
    const found = byLength.find(({ term }) => text.startsWith(term, at));
    const length = found?.term.length ?? 1;
    if (found && !marked.has(found.index)) {
      if (plain) runs.push({ text: plain });
      plain = '';
      marked.add(found.index);
      runs.push({ text: found.term, term: found.index });
    } else plain += text.slice(at, at + length);
    at += length;
  }
  if (plain) runs.push({ text: plain });
  return runs;
}
