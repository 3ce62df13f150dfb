'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** The few UI strings the client-only error page needs, so no message runtime ships to readers. */
export interface UiStrings {
  errorTitle: string;
  contentError: string;
  retry: string;
  livePreview: string;
  dismissLivePreview: string;
}

const Context = createContext<UiStrings | null>(null);

export function UiStringsProvider({ value, children }: { value: UiStrings; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useUiStrings(): UiStrings {
  const value = useContext(Context);
  if (!value) throw new Error('useUiStrings needs a UiStringsProvider above it');
  return value;
}
