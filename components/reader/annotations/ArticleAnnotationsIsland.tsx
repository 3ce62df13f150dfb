'use client';

import type { Messages } from 'next-intl';
import { useEffect, useState, type ComponentType } from 'react';
import { ANNOTATE_EVENT, type AnnotateRequest } from '@/lib/annotations/annotateRequest';
import { earlyDrawing } from '@/lib/annotations/earlyDrawing';
import { mayHoldHighlights } from '@/lib/annotations/storeLayout';

// Most readers keep nothing: the panel (the store, anchoring, drawing, the dialog) is loaded only
// for a reader whose device holds highlights, or at their first highlight. Imported by hand, not
// through next/dynamic: React holds a Suspense boundary's reveal back by 300 ms.
type PanelProps = Parameters<typeof import('./ArticleAnnotationsPanel').default>[0];
const loadPanel = () => import('./ArticleAnnotationsPanel').then((module) => module.default);

export function ArticleAnnotationsIsland(props: {
  slug: string;
  title: string;
  source: string;
  labels: Messages['Highlights'];
}) {
  const [active, setActive] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<PanelProps> | null>(null);
  const [firstRequest, setFirstRequest] = useState<AnnotateRequest | null>(null);

  useEffect(() => {
    let live = true;
    // The island has hydrated: where the time to draw a reader's highlights starts (bench:highlights).
    performance.mark('qari:annotations-hydrated');
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

  useEffect(() => {
    if (active) void loadPanel().then((loaded) => setPanel(() => loaded));
  }, [active]);

  return Panel ? <Panel {...props} firstRequest={firstRequest} early={earlyDrawing()} /> : null;
}
