'use client';

import { usePreference } from './usePreference';

type Name = 'tashkeel' | 'glossary' | 'hijri';
const DEFAULTS: Record<Name, 'on' | 'off'> = { tashkeel: 'on', glossary: 'off', hijri: 'off' };

/** A reading preference that is on or off, as a native checkbox with the switch role. */
export function PreferenceSwitch({
  name,
  label,
  onChange,
}: {
  name: Name;
  label: string;
  /** What else the switch does beside remembering the choice (tashkeel changes the text shown). */
  onChange?: (on: boolean) => void;
}) {
  const [value, setValue] = usePreference(name, DEFAULTS[name]);
  return (
    <label className="flex cursor-pointer items-center justify-between gap-3 text-sm font-bold">
      {label}
      <input
        type="checkbox"
        role="switch"
        checked={value === 'on'}
        onChange={(event) => {
          onChange?.(event.target.checked);
          setValue(event.target.checked ? 'on' : 'off');
        }}
        className="size-5 accent-[var(--accent)]"
      />
    </label>
  );
}
