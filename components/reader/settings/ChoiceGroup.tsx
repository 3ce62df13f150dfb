'use client';

import { useState } from 'react';
import { PREFERENCES, type PreferenceName } from '@/lib/browser/readerPreferences';
import { changeLayoutInPlace } from './changeLayoutInPlace';
import { usePreference } from './usePreference';

type Choice = Exclude<PreferenceName, 'arSize' | 'enSize' | 'summary' | 'tashkeel' | 'glossary' | 'hijri'>;

interface Props<N extends Choice> {
  name: N;
  legend: string;
  labels: Record<(typeof PREFERENCES)[N]['values'][number], string>;
  /** The choice when the reader made none (the page's CSS default). */
  fallback: (typeof PREFERENCES)[N]['values'][number];
  /** Runs before a choice is applied (a typeface is loaded first, so it shows at once). */
  prepare?: (value: string) => Promise<unknown>;
}

/** One reading preference as native radio buttons in a fieldset. */
export function ChoiceGroup<N extends Choice>({ name, legend, labels, fallback, prepare }: Props<N>) {
  const [value, setValue] = usePreference(name, fallback);
  // Checked at once, applied once prepared.
  const [pending, setPending] = useState<string | null>(null);
  const values = PREFERENCES[name].values as readonly (keyof typeof labels)[];
  const choose = async (next: string) => {
    setPending(next);
    await prepare?.(next).catch(() => undefined);
    // The settings float over the text: the paragraph being read stays where it was.
    changeLayoutInPlace(() => setValue(next));
    setPending(null);
  };
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-bold">{legend}</legend>
      <div className={`grid gap-2 ${values.length === 3 ? 'grid-cols-3' : 'grid-cols-2'}`}>
        {values.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-rule px-2 py-1.5 text-sm has-checked:border-accent has-checked:bg-card has-checked:font-bold"
          >
            <input
              type="radio"
              name={`qari-${name}`}
              value={option}
              checked={(pending ?? value) === option}
              onChange={() => void choose(option)}
              className="accent-[var(--accent)]"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
