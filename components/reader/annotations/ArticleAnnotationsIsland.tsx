'use client';

import type { Messages } from 'next-intl';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { ANNOTATE_EVENT, type AnnotateRequest } from '../share/SharePassage';

// Most readers keep nothing: the panel (the store, anchoring, drawing, the dialog) is loaded only
// for a reader whose device holds highlights, or at their first highlight.
const Panel = dynamic(() => import('./ArticleAnnotationsPanel'), { ssr: false });

/** Whether this device may hold highlights: it has Qari's database (or cannot say). */
async function mayHoldHighlights(): Promise<boolean> {
  if (!('databases' in indexedDB)) return true;
  return (await indexedDB.databases()).some((database) => database.name === 'qari');
}

export function ArticleAnnotationsIsland(props: {
  slug: string;
  title: string;
  source: string;
  labels: Messages['Highlights'];
}) {
  const [active, setActive] = useState(false);
  const [firstRequest, setFirstRequest] = useState<AnnotateRequest | null>(null);

  useEffect(() => {
    let live = true;
    void mayHoldHighlights().then((held) => live && held && setActive(true));
    return () => {
      live = false;
    };
  }, []);

  // Until the panel is there, the first request for a highlight brings it, and is handed to it.
  useEffect(() => {
    if (active) return;
    const onAnnotate = (event: Event) => {
      setFirstRequest((event as CustomEvent<AnnotateRequest>).detail);
      setActive(true);
    };
    window.addEventListener(ANNOTATE_EVENT, onAnnotate, { once: true });
    return () => window.removeEventListener(ANNOTATE_EVENT, onAnnotate);
  }, [active]);

  return active ? <Panel {...props} firstRequest={firstRequest} /> : null;
}
