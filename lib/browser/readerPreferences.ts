import { readKeptOnLoad } from '../annotations/keptOnLoad';
import { STORE } from '../annotations/storeLayout';
import { CHOSEN_FACE_DEADLINE, holdForChosenFace } from '../fonts/chosenFaceOnLoad';
import { READER_FACES, loadFaceFiles } from '../fonts/readerFaces';
import { articleHref } from '../library/paths';
import { ARABIC_TEXT_SELECTOR, TASHKEEL } from '../tashkeel/tashkeel';
import { hideTashkeel, hideTashkeelOnLoad } from '../tashkeel/tashkeelView';

/**
 * The reader's choices live as `data-*` attributes on <html>, remembered in localStorage.
 * One table, read by the inline script (before first paint) and by the settings islands.
 */
export const PREFERENCES = {
  theme: { attribute: 'theme', key: 'qari:theme', values: ['system', 'light', 'dark', 'sepia'] },
  arSize: { attribute: 'arSize', key: 'qari:ar-size', values: ['0', '1', '2', '3', '4'] },
  enSize: { attribute: 'enSize', key: 'qari:en-size', values: ['0', '1', '2', '3', '4'] },
  summary: { attribute: 'summary', key: 'qari:summary', values: ['off', 'on'] },
  /** The article's typeface (Naskh: lib/fonts/naskhFaces.ts; the others: lib/fonts/readerFaces.ts); each has its own size scale in globals.css. */
  face: { attribute: 'face', key: 'qari:face', values: ['naskh', 'sans', 'amiri'] },
  leading: { attribute: 'leading', key: 'qari:leading', values: ['tight', 'normal', 'loose'] },
  /** The Arabic column's width: about 45, 60 and 75 characters a line. */
  measure: { attribute: 'measure', key: 'qari:measure', values: ['narrow', 'medium', 'wide'] },
  /** Whether the Arabic shows its diacritics (harakat) as written. */
  tashkeel: { attribute: 'tashkeel', key: 'qari:tashkeel', values: ['on', 'off'] },
  /** Whether glossed terms are marked, with their English gloss on a tap (components/reader/glossary). */
  glossary: { attribute: 'glossary', key: 'qari:glossary', values: ['off', 'on'] },
  /** The digits the interface writes its numbers in: Western (0–9) or Eastern Arabic (٠–٩); components/site/Digits.tsx. */
  digits: { attribute: 'digits', key: 'qari:digits', values: ['latn', 'arab'] },
  /** Whether dates show their Hijri date beside them (components/site/HijriDate.tsx). */
  hijri: { attribute: 'hijri', key: 'qari:hijri', values: ['off', 'on'] },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;

/** `?summary=on|off`: a shared link opens the view it was shared in. */
export const SUMMARY_PARAM = 'summary';

/** Writes one choice to <html> and remembers it; `system` and the middle size are the defaults. */
export function applyPreference(name: PreferenceName, value: string) {
  const { attribute, key } = PREFERENCES[name];
  document.documentElement.dataset[attribute] = value;
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage; the choice still holds for this page.
  }
}

type StoredPreference = readonly [attribute: string, key: string, values: readonly string[]];

/**
 * Runs in <head> before first paint, so the page never flashes the wrong theme, size or view,
 * and stays static: `?summary=on|off` wins (a shared link), else the remembered choices. It also
 * marks <html> with `js`, which lets CSS keep no-JavaScript fallbacks. It is inlined as source
 * text, so it may use nothing but its arguments and the browser's globals.
 */
export function applyStoredPreferences(stored: readonly StoredPreference[], summaryParam: string) {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    for (const [attribute, key, values] of stored) {
      const value = localStorage.getItem(key);
      if (value && values.includes(value)) root.dataset[attribute] = value;
    }
    const shared = new URLSearchParams(location.search).get(summaryParam);
    if (shared === 'on' || shared === 'off') root.dataset.summary = shared;
  } catch {
    // Private modes may refuse storage: the defaults stand.
  }
}

const stored: StoredPreference[] = Object.values(PREFERENCES).map(({ attribute, key, values }) => [
  attribute,
  key,
  values,
]);

const tashkeelArguments = [ARABIC_TEXT_SELECTOR, TASHKEEL.source].map((value) => JSON.stringify(value)).join(',');

/**
 * The inline script: the function above, called with the one table of preferences; then, for a
 * reader who hides tashkeel, its hiding as the page loads (lib/tashkeel/tashkeelView.ts); then,
 * on an article, for a reader who chose a face, the wait for it (lib/fonts/chosenFaceOnLoad.ts);
 * then, on an article, the read of the reader's highlights on it (lib/annotations/keptOnLoad.ts).
 */
export const PREFERENCES_SCRIPT =
  `(${applyStoredPreferences.toString()})(${JSON.stringify(stored)},${JSON.stringify(SUMMARY_PARAM)});` +
  `if(document.documentElement.dataset.tashkeel==='off')(${hideTashkeelOnLoad.toString()})(${tashkeelArguments},${hideTashkeel.toString()});` +
  `(${holdForChosenFace.toString()})(${JSON.stringify(READER_FACES)},${JSON.stringify(articleHref(''))},${CHOSEN_FACE_DEADLINE},${loadFaceFiles.toString()});` +
  `(${readKeptOnLoad.toString()})(${[STORE.database, STORE.annotations, STORE.bySlug, articleHref('')].map((value) => JSON.stringify(value)).join(',')});`;
