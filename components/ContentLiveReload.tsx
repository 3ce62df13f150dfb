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

/** Tells the editor that saving a content file will update this page. */
export function LiveStatus({ connected, label }: { connected: boolean; label: string }) {
  if (!connected) return null;
  return (
    <p
      role="status"
      className="fixed inset-x-0 bottom-3 z-40 mx-auto w-fit rounded-full bg-ink px-3 py-1 text-xs text-paper print:hidden"
    >
      <span aria-hidden="true">● </span>
      {label}
    </p>
  );
}

/** Re-renders the page from the server on each content save. */
export function ContentLiveReload({ label }: { label: string }) {
  const router = useRouter();
  const connected = useContentChanges(() => startTransition(() => router.refresh()));
  return <LiveStatus connected={connected} label={label} />;
}
