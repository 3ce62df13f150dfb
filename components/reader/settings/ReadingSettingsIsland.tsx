'use client';

import type { Messages } from 'next-intl';
import { useState } from 'react';
import { READER_FACES, loadFaceFiles } from '@/lib/fonts/readerFaces';
import { PREFERENCES } from '@/lib/browser/readerPreferences';
import { showTashkeel } from '@/lib/tashkeel/tashkeelView';
import { ChoiceGroup } from './ChoiceGroup';
import { SizeStepper } from './SizeStepper';
import { PreferenceSwitch } from './PreferenceSwitch';

type Labels<N extends keyof typeof PREFERENCES> = Record<(typeof PREFERENCES)[N]['values'][number], string>;

/**
 * The ReadingSettings messages, the size steps written out on the server; every value of each
 * preference must have its label there (the intersection fails to type-check otherwise).
 */
export type ReadingSettingsLabels = Omit<Messages['ReadingSettings'], 'step'> & {
  themes: Labels<'theme'>;
  faces: Labels<'face'>;
  leadings: Labels<'leading'>;
  measures: Labels<'measure'>;
  digitSets: Labels<'digits'>;
  /** "2 of 5" for each size, formatted on the server. */
  steps: string[];
};

const PANEL_ID = 'reading-settings';

/** Faces registered on this page, by name: each is registered and fetched once. */
const loadedFaces = new Map<string, Promise<unknown>>();

/** Loads a chosen face before it is applied, so the text changes face once, without a fallback between. */
async function loadFace(face: string) {
  const files = READER_FACES[face];
  // Naskh is the page's own; a face the head script loaded for this page is loaded already.
  if (!files || document.documentElement.dataset.face === face) return;
  if (!loadedFaces.has(face)) {
    // A failed load (offline, never saved) is tried again on the next choice.
    loadedFaces.set(
      face,
      loadFaceFiles(files).catch((error: unknown) => (loadedFaces.delete(face), Promise.reject(error))),
    );
  }
  await loadedFaces.get(face);
}

/**
 * The reader's theme, typeface, spacing, width and text sizes in a native popover: Escape, a
 * click outside and the expanded state come from the browser; CSS anchors it under its button.
 */
export function ReadingSettingsIsland({ labels }: { labels: ReadingSettingsLabels }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="relative">
      <button
        type="button"
        popoverTarget={PANEL_ID}
        className="settings-button inline-flex items-center gap-2 rounded-full border border-rule px-4 py-1.5 text-sm font-bold hover:bg-card"
      >
        <span aria-hidden="true" lang="en" className="font-sans">
          Aa
        </span>
        {labels.open}
      </button>
      <div
        id={PANEL_ID}
        popover="auto"
        onToggle={(event) => {
          const panel = event.currentTarget;
          // Never taller than the screen below its button (a 320 × 640 phone): it scrolls instead.
          if (event.newState === 'open') {
            panel.style.maxHeight = `${window.innerHeight - panel.getBoundingClientRect().top - 8}px`;
          }
          setOpen(event.newState === 'open');
        }}
        className="settings-panel w-[min(22rem,calc(100vw-2rem))] space-y-4 overflow-y-auto rounded-lg border border-rule bg-paper p-4 text-ink shadow-lg"
      >
        {/* Built when opened: every page's HTML would otherwise carry a panel most readers never open. */}
        {open && (
          <>
            <ChoiceGroup name="theme" legend={labels.theme} labels={labels.themes} fallback="system" />
            <ChoiceGroup name="face" legend={labels.face} labels={labels.faces} fallback="naskh" prepare={loadFace} />
            {(
              [
                ['arSize', labels.arabicSize],
                ['enSize', labels.englishSize],
              ] as const
            ).map(([name, label]) => (
              <SizeStepper
                key={name}
                name={name}
                label={label}
                smaller={labels.smaller}
                larger={labels.larger}
                steps={labels.steps}
              />
            ))}
            <ChoiceGroup name="leading" legend={labels.leading} labels={labels.leadings} fallback="normal" />
            <ChoiceGroup name="measure" legend={labels.measure} labels={labels.measures} fallback="medium" />
            <PreferenceSwitch name="tashkeel" label={labels.tashkeel} onChange={showTashkeel} />
            <PreferenceSwitch name="glossary" label={labels.glossary} />
            <ChoiceGroup name="digits" legend={labels.digits} labels={labels.digitSets} fallback="latn" />
            <PreferenceSwitch name="hijri" label={labels.hijri} />
          </>
        )}
      </div>
    </div>
  );
}
