'use client';

import { showTashkeel } from '@/lib/tashkeel/tashkeelView';
import { usePreference } from './usePreference';

/** Shows or hides the Arabic's diacritics; only what is shown changes (lib/tashkeel). */
export function TashkeelSwitch({ label }: { label: string }) {
  const [tashkeel, setTashkeel] = usePreference('tashkeel', 'on');
  return (
    <label className="flex cursor-pointer items-center justify-between gap-3 text-sm font-bold">
      {label}
      <input
        type="checkbox"
        role="switch"
        checked={tashkeel === 'on'}
        onChange={(event) => {
          showTashkeel(event.target.checked);
          setTashkeel(event.target.checked ? 'on' : 'off');
        }}
        className="size-5 accent-[var(--accent)]"
      />
    </label>
  );
}
