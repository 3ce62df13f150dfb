'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * Development only: calls `onChange` whenever a content file is saved (Next's own hot reload
 * watches code, not content). Returns whether the watch is connected.
 */
export function useContentChanges(onChange: () => void): boolean {
  const latest = useRef(onChange);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    if (process.env.NODE_ENV !== 'development') return;
    const events = new EventSource('/api/content-events');
    let timer: number | undefined;
    events.onopen = () => setConnected(true);
    events.onerror = () => setConnected(false);
    // Editors' tools often write a file in several steps: wait for the burst to end.
    events.onmessage = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current(), 150);
    };
    return () => {
      window.clearTimeout(timer);
      events.close();
    };
  }, []);
  return connected;
}

interface StatusProps {
  connected: boolean;
  label: string;
  /** The hide button's name. */
  dismiss: string;
}

/**
 * Tells the editor that saving a content file will update this page: a small pill in the
 * corner where a line starts (never over the middle of the reading column), which the editor
 * can hide.
 */
export function LiveStatus({ connected, label, dismiss }: StatusProps) {
  const [hidden, setHidden] = useState(false);
  if (!connected || hidden) return null;
  return (
    <p
      role="status"
      className="fixed start-3 bottom-3 z-40 flex max-w-[min(14rem,calc(100vw-1.5rem))] items-center gap-2 rounded-lg bg-ink py-1 ps-3 pe-1 text-xs leading-snug text-paper print:hidden"
    >
      <span>
        <span aria-hidden="true">● </span>
        {label}
      </span>
      <button
        type="button"
        onClick={() => setHidden(true)}
        aria-label={dismiss}
        className="rounded-full px-2 py-0.5 leading-none hover:bg-paper/20"
      >
        <span aria-hidden="true">×</span>
      </button>
    </p>
  );
}

/** Re-renders the page from the server on each content save. */
export function ContentLiveReload({ label, dismiss }: { label: string; dismiss: string }) {
  const router = useRouter();
  const connected = useContentChanges(() => startTransition(() => router.refresh()));
  return <LiveStatus connected={connected} label={label} dismiss={dismiss} />;
}
