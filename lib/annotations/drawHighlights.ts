import 'client-only';
import { anchorQuote, type TextPosition } from './anchor';
import { noteOf, positionOf, quoteOf, type Annotation } from './annotation';
import { blocksOf, partText, rangesFor } from './passageText';

// Finding a reader's highlights in the page and drawing them, apart from the panel (React, the
// dialog): the reader's page draws them with this before React hydrates (ArticleAnnotationsIsland).

/** An annotation where the page has it now: its ranges, or none when its words changed. */
export interface Placed {
  annotation: Annotation;
  position: TextPosition | null;
  ranges: Range[];
}

const HIGHLIGHT = 'qari-highlight';
const NOTED = 'qari-note';
/** When every highlight first shows (npm run bench:highlights measures it from the load). */
export const DRAWN_MARK = 'qari:highlights-drawn';

/**
 * Finds each annotation in the page as it is now (a corrected text, tashkeel hidden, terms
 * marked). The placer reads each part's blocks and text once, however many highlights it has.
 */
function placer(): (annotations: Annotation[]) => Placed[] {
  const parts = new Map<string, { blocks: HTMLElement[]; text: string } | null>();
  const partOf = (section: string, part: 'text' | 'summary') => {
    const key = `${section}/${part}`;
    if (!parts.has(key)) {
      const element = document.getElementById(section);
      const blocks = element ? blocksOf(element, part) : [];
      parts.set(key, element ? { blocks, text: partText(blocks) } : null);
    }
    return parts.get(key)!;
  };
  return (annotations) =>
    annotations.map((annotation) => {
      const part = partOf(annotation.target.selector.value, annotation.target['qari:part']);
      if (!part) return { annotation, position: null, ranges: [] };
      const position = anchorQuote(part.text, quoteOf(annotation), positionOf(annotation));
      return { annotation, position, ranges: position ? rangesFor(part.blocks, position) : [] };
    });
}

/** Draws the placed annotations over the text with the CSS Custom Highlight API: no element is added to the text. */
function draw(placed: Placed[]) {
  if (!('highlights' in CSS)) return;
  const of = (noted: boolean) =>
    placed.filter(({ annotation }) => !!noteOf(annotation) === noted).flatMap(({ ranges }) => ranges);
  CSS.highlights.set(HIGHLIGHT, new Highlight(...of(false)));
  CSS.highlights.set(NOTED, new Highlight(...of(true)));
}

export function eraseHighlights() {
  if ('highlights' in CSS) [HIGHLIGHT, NOTED].forEach((name) => CSS.highlights.delete(name));
}

/**
 * How many annotations are placed and drawn in one task: 200 took 10 ms here, and under 40 ms with
 * the CPU slowed 4× (npm run bench:highlights), so a reader with a thousand never gets a long task,
 * and the usual reader's are drawn in one (in slices of 40 they waited behind React's hydration).
 */
const SLICE = 200;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Places and draws an article's annotations, a slice per task. Returns them placed, or null when
 * `current()` said, between two slices, that a newer drawing took over.
 */
export async function drawHighlights(
  list: readonly Annotation[],
  current: () => boolean = () => true,
): Promise<Placed[] | null> {
  const place = placer();
  const placed: Placed[] = [];
  for (let from = 0; from < list.length; from += SLICE) {
    if (!current()) return null;
    placed.push(...place(list.slice(from, from + SLICE)));
    draw(placed);
    if (from + SLICE < list.length) await nextTask();
  }
  if (!current()) return null;
  if (!list.length) draw([]);
  else if (!performance.getEntriesByName(DRAWN_MARK).length) performance.mark(DRAWN_MARK);
  return placed;
}
