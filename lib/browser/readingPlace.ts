/**
 * Where a reader is in each article, kept on this device only (localStorage), never sent
 * anywhere: the section and paragraph last read, and whether the article was read to the end.
 */
export interface ReadingPlace {
  /** Section id, its position (0 = the lead) and how many sections the article has. */
  section: string;
  index: number;
  total: number;
  /** The paragraph (0-based) at the reading line within that section. */
  paragraph: number;
  /** Read to the end (the last section was reached). */
  read: boolean;
  at: number;
}

/** The article header's slot for "Continue from «…»" (ContinueOffer fills it). */
export const CONTINUE_SLOT_ID = 'continue-reading';
/** Each library card's slot for this device's progress (ReadingProgress): its value is the slug. */
export const PROGRESS_SLOT = 'data-reading-progress';

const KEY = 'qari:places';
/** The most articles remembered: the oldest places go first. */
const LIMIT = 300;

function readAll(): Record<string, ReadingPlace> {
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as unknown;
    return stored && typeof stored === 'object' ? (stored as Record<string, ReadingPlace>) : {};
  } catch {
    // Storage blocked, or a value we did not write: nothing is remembered.
    return {};
  }
}

export function readingPlaces(): Record<string, ReadingPlace> {
  return readAll();
}

export function readingPlace(slug: string): ReadingPlace | null {
  return readAll()[slug] ?? null;
}

export function saveReadingPlace(slug: string, place: Omit<ReadingPlace, 'at' | 'read'>, reachedEnd: boolean) {
  const places = readAll();
  // Once read to the end, an article stays read; going back to an earlier section does not undo it.
  const read = reachedEnd || places[slug]?.read === true;
  places[slug] = { ...place, read, at: Date.now() };
  const kept = Object.entries(places)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, LIMIT);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or blocked: the place is simply not remembered.
  }
}

/** A place worth offering to continue from: past the start, and not finished. */
export function worthContinuing(place: ReadingPlace | null): place is ReadingPlace {
  return !!place && !place.read && (place.index > 0 || place.paragraph > 0);
}
