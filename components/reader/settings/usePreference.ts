'use client';

import { useSyncExternalStore } from 'react';
import { applyPreference, PREFERENCES, type PreferenceName } from '@/lib/browser/readerPreferences';

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true });
  return () => observer.disconnect();
}

/** A reader preference as React state; the server (and hydration) sees the default. */
export function usePreference(name: PreferenceName, fallback: string) {
  const { attribute } = PREFERENCES[name];
  const value = useSyncExternalStore(
    subscribe,
    () => document.documentElement.dataset[attribute] ?? fallback,
    () => fallback,
  );
  return [value, (next: string) => applyPreference(name, next)] as const;
}
