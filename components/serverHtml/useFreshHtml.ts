'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { SERVER_HTML_REPLACED } from './serverHtmlEvents';

async function fetchRegionHtml(href: string, kind: string, signal: AbortSignal): Promise<string | null> {
  const response = await fetch(href, { signal, headers: { accept: 'text/html' } });
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  return page.querySelector(`[data-server-html="${kind}"]`)?.innerHTML ?? null;
}

/**
 * Keeps a region's HTML in step with `version`. Hydrated from the server, it already is.
 * Rendered by React in the browser (a client-side navigation) or after an editor's save, it
 * takes the region from the page's own HTML (what a reload would get): never missing or stale.
 */
export function useFreshHtml(element: RefObject<HTMLElement | null>, href: string, kind: string, version: string) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const region = element.current;
    if (!region) return;
    if (shown.current === null && region.firstElementChild) shown.current = version;
    if (shown.current === version) return;
    const controller = new AbortController();
    fetchRegionHtml(href, kind, controller.signal)
      .then((html) => {
        if (html === null) throw new Error(`No "${kind}" in ${href}`);
        region.innerHTML = html;
        shown.current = version;
        document.dispatchEvent(new Event(SERVER_HTML_REPLACED));
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        // Offline or gone: let the browser load the page itself, and show what happened.
        console.error(error);
        window.location.assign(href);
      });
    return () => controller.abort();
  }, [element, href, kind, version]);
}
