'use client';

import { SUMMARY_PARAM } from '@/lib/browser/readerPreferences';
import type { MouseEvent } from 'react';
import { changeLayoutInPlace } from '../settings/changeLayoutInPlace';
import { usePreference } from '../settings/usePreference';
import { Digits } from '@/components/site/Digits';

interface Props {
  label: string;
  /** How many sections have a summary, e.g. "8/8", formatted on the server. */
  count: string;
}

/**
 * Shows or hides the English summaries. The state lives on <html data-summary>, set before
 * first paint by the preferences script, so this island only flips it, remembers it, puts it
 * in the URL, and keeps the text being read at the same place on screen.
 */
export function SummaryToggle({ label, count }: Props) {
  const [summary, setSummary] = usePreference('summary', 'off');
  const on = summary === 'on';

  const toggle = (event: MouseEvent<HTMLButtonElement>) => {
    changeLayoutInPlace(() => setSummary(on ? 'off' : 'on'), event.currentTarget);
    const url = new URL(window.location.href);
    if (on) url.searchParams.delete(SUMMARY_PARAM);
    else url.searchParams.set(SUMMARY_PARAM, 'on');
    window.history.replaceState(window.history.state, '', url);
  };

  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={toggle}
      className="summary-toggle inline-flex items-center gap-2 rounded-full border border-rule px-4 py-1.5 text-sm font-bold text-ink hover:bg-card aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-paper"
    >
      <span lang="en" aria-hidden="true" className="font-sans">
        EN
      </span>
      {label}
      <span className="text-xs font-normal opacity-80">
        <Digits>{count}</Digits>
      </span>
    </button>
  );
}
