'use client';

import { useId } from 'react';
import type { PreferenceName } from '@/lib/browser/readerPreferences';
import { PREFERENCES } from '@/lib/browser/readerPreferences';
import { usePreference } from './usePreference';
import { Digits } from '@/components/site/Digits';

interface Props {
  name: Extract<PreferenceName, 'arSize' | 'enSize'>;
  label: string;
  smaller: string;
  larger: string;
  /** "3 of 5" for each step, formatted on the server. */
  steps: string[];
}

/** Smaller / larger buttons for one text size, grouped under its label. */
export function SizeStepper({ name, label, smaller, larger, steps }: Props) {
  const id = useId();
  const values = PREFERENCES[name].values;
  const [value, setValue] = usePreference(name, '1');
  const index = values.indexOf(value as (typeof values)[number]);
  const step = (delta: number) => setValue(values[index + delta] ?? value);
  const button = 'rounded-md border border-rule px-3 py-1 font-bold hover:bg-card disabled:opacity-40';
  return (
    <div role="group" aria-labelledby={id} className="grid grid-cols-[auto_1fr_auto] items-center gap-2">
      <span id={id} className="col-span-3 text-sm font-bold">
        {label}
      </span>
      <button type="button" className={button} onClick={() => step(-1)} disabled={index <= 0}>
        {smaller}
      </button>
      <output aria-live="polite" className="text-center text-sm text-muted">
        <Digits>{steps[index]}</Digits>
      </output>
      <button type="button" className={button} onClick={() => step(1)} disabled={index >= values.length - 1}>
        {larger}
      </button>
    </div>
  );
}
