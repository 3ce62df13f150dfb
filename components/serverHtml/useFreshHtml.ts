'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { regionSelector, SERVER_HTML_REPLACED } from './serverHtmlDom';

// The regions of one article revision (the version's first part) share one request.
const pages = new Map<string, Promise<Document | null>>();

function fetchPage(href: string, version: string): Promise<Document | null> {
  const key = `${href}@${version.split('.')[0]}`;
  let page = pages.get(key);
  if (!page) {
    page = fetch(href, { headers: { accept: 'text/html' } }).then(async (response) =>
      response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null,
    );
    pages.clear();
    pages.set(key, page);
  }
  return page;
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
    let cancelled = false;
    fetchPage(href, version)
      .then((page) => {
        if (cancelled) return;
        const html = page?.querySelector(regionSelector(kind))?.innerHTML;
        if (html === undefined) throw new Error(`No "${kind}" in ${href}`);
        region.innerHTML = html;
        shown.current = version;
        document.dispatchEvent(new Event(SERVER_HTML_REPLACED));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        // Offline or gone: let the browser load the page itself, and show what happened.
        console.error(error);
        window.location.assign(href);
      });
    return () => {
      cancelled = true;
    };
  }, [element, href, kind, version]);
}
