import type { TextPosition, TextQuote } from './anchor';
import type { Part } from './passageText';

/** A selection as a highlight anchors it: its section and part, its quote and position there. */
export interface SelectedPassage {
  section: string;
  part: Part;
  quote: TextQuote;
  position: TextPosition;
}

/** The passage offer (components/reader/share) asks the article's highlights to keep a passage. */
export const ANNOTATE_EVENT = 'qari:annotate';
export type AnnotateRequest = { passage: SelectedPassage; withNote: boolean };
