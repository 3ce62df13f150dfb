'use client';

import { SUMMARY_PARAM } from '@/lib/readerPreferences';
import type { MouseEvent } from 'react';
import { usePreference } from './usePreference';

interface Props {
  label: string;
  /** How many sections have a summary, e.g. "8/8", formatted on the server. */
  count: string;
}

/**
 * What must stay put on screen when the summaries appear or go: the toggle itself while it is
 * in view (the reader's pointer or finger is on it), else the first Arabic paragraph still
 * (partly) below the sticky bar: the text being read.
 */
function readingAnchor(toggle: HTMLElement): HTMLElement | null {
  const { top, bottom } = toggle.getBoundingClientRect();
  if (top >= 0 && bottom <= window.innerHeight) return toggle;
  const items = document.querySelectorAll<HTMLElement>('.article-body .reader-p');
  return Array.from(items).find((item) => item.getBoundingClientRect().bottom > 80) ?? null;
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
    const anchor = readingAnchor(event.currentTarget);
    const before = anchor?.getBoundingClientRect().top ?? 0;
    setSummary(on ? 'off' : 'on');
    const url = new URL(window.location.href);
    if (on) url.searchParams.delete(SUMMARY_PARAM);
    else url.searchParams.set(SUMMARY_PARAM, 'on');
    window.history.replaceState(window.history.state, '', url);
    if (anchor) window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
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
      <span className="text-xs font-normal opacity-80">{count}</span>
    </button>
  );
}
