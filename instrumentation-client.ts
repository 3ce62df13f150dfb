// Next runs this in the browser once per document, before React hydrates: for work that must not
// wait for hydration. Kept small: every page loads it.
import { startEarlyDrawing } from '@/lib/annotations/earlyDrawing';

// A returning reader's highlights show as soon as the article's text is there.
startEarlyDrawing();
