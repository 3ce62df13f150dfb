'use client';

import { useState } from 'react';
import { PREFERENCES } from '@/lib/readerPreferences';
import { SizeStepper } from './SizeStepper';
import { usePreference } from './usePreference';

export interface ReadingSettingsLabels {
  open: string;
  theme: string;
  themes: Record<(typeof PREFERENCES.theme.values)[number], string>;
  arabicSize: string;
  englishSize: string;
  smaller: string;
  larger: string;
  steps: string[];
}

const PANEL_ID = 'reading-settings';

/**
 * The reader's theme and text sizes in a native popover: Escape, a click outside and the
 * expanded state come from the browser; CSS anchors it under its button.
 */
export function ReadingSettingsPanel({ labels }: { labels: ReadingSettingsLabels }) {
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = usePreference('theme', 'system');
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
        onToggle={(event) => setOpen(event.newState === 'open')}
        className="settings-panel w-[min(22rem,calc(100vw-2rem))] space-y-4 rounded-lg border border-rule bg-paper p-4 text-ink shadow-lg"
      >
        {/* Built when opened: every page's HTML would otherwise carry a panel most readers never open. */}
        {open && (
          <>
            <fieldset>
              <legend className="mb-2 text-sm font-bold">{labels.theme}</legend>
              <div className="grid grid-cols-2 gap-2">
                {PREFERENCES.theme.values.map((value) => (
                  <label
                    key={value}
                    className="flex cursor-pointer items-center gap-2 rounded-md border border-rule px-3 py-1.5 text-sm has-checked:border-accent has-checked:bg-card has-checked:font-bold"
                  >
                    <input
                      type="radio"
                      name="qari-theme"
                      value={value}
                      checked={theme === value}
                      onChange={() => setTheme(value)}
                      className="accent-[var(--accent)]"
                    />
                    {labels.themes[value]}
                  </label>
                ))}
              </div>
            </fieldset>
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
          </>
        )}
      </div>
    </div>
  );
}
