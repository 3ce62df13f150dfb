import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { GlossaryEntry } from '../glossary/markTerms';
import { ContentProblem } from './ContentError';
import { findTerm } from '../glossary/markTerms';

export type { GlossaryEntry };

const KEYS = new Set(['term', 'gloss', 'translit']);
/** A glossary needs no aliases: a YAML "billion laughs" stops here. */
const MAX_ALIASES = 10;

/**
 * Parses `glossary.en.yaml`: a list of `{ term, gloss, translit? }`. Every problem goes to
 * `problems` as `file:line: reason`: a term the article's Arabic (`arabic`) does not contain, a
 * term given twice, an empty gloss, an unknown key. Entries with a problem are left out.
 */
export function parseGlossary(file: string, text: string, arabic: string, problems: ContentProblem[]): GlossaryEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const error = doc.errors[0];
  if (error) {
    problems.push(new ContentProblem(file, lineCounter.linePos(error.pos[0]).line, `invalid YAML: ${error.message.split('\n')[0]}`));
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push(new ContentProblem(file, lineOf(doc.contents), 'a glossary is a list of entries: "- term: …" then "gloss: …"'));
    return [];
  }
  try {
    doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    problems.push(new ContentProblem(file, 1, 'too many aliases'));
    return [];
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      problems.push(new ContentProblem(file, line, 'each entry needs "term:" and "gloss:"'));
      continue;
    }
    const field = (key: string) => {
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
      const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
      return { value: typeof value === 'string' ? value.trim() : value, line: lineOf((pair?.value ?? pair?.key) as Node) };
    };
    const unknown = item.items.find((p) => !(isScalar(p.key) && KEYS.has(String(p.key.value))));
    if (unknown) {
      problems.push(
        new ContentProblem(file, lineOf(unknown.key as Node), `unknown key "${String((unknown.key as { value?: unknown })?.value)}": use term, gloss, translit`),
      );
    }
    const term = field('term');
    const gloss = field('gloss');
    const translit = field('translit');
    let ok = !unknown;
    if (typeof term.value !== 'string' || !term.value) {
      problems.push(new ContentProblem(file, term.line || line, 'empty term: write the Arabic as it appears in the text'));
      continue;
    }
    if (seen.has(term.value)) {
      problems.push(new ContentProblem(file, term.line, `"${term.value}" is already in the glossary (line ${seen.get(term.value)})`));
      ok = false;
    } else seen.set(term.value, term.line);
    if (!findTerm(arabic, term.value)) {
      problems.push(
        new ContentProblem(file, term.line, `"${term.value}" does not stand as a word in the article's Arabic: write it as the text does`),
      );
      ok = false;
    }
    if (typeof gloss.value !== 'string' || !gloss.value) {
      problems.push(new ContentProblem(file, gloss.line || line, `empty gloss for "${term.value}"`));
      ok = false;
    }
    if (translit.value !== undefined && (typeof translit.value !== 'string' || !translit.value)) {
      problems.push(new ContentProblem(file, translit.line, `empty transliteration for "${term.value}": remove the key or fill it`));
      ok = false;
    }
    if (ok) entries.push({ term: term.value, gloss: gloss.value as string, translit: (translit.value as string) ?? null });
  }
  return entries;
}
