'use client';

import { COPY_LINK_ATTRIBUTE } from '@/lib/browser/readerDom';
import { useEffect } from 'react';

const SHOWN_MS = 2500;

/**
 * Behaviour for every copy-link button, which are plain server HTML inside the article body:
 * one delegated listener writes the section's address (with its #id) and fills the button's
 * own polite status for a moment.
 */
export function SectionLinkCopier({ copied }: { copied: string }) {
  useEffect(() => {
    const timers = new Map<Element, number>();
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element).closest<HTMLButtonElement>(`button[${COPY_LINK_ATTRIBUTE}]`);
      const status = button?.parentElement?.querySelector('[role="status"]');
      if (!button || !status) return;
      const { origin, pathname } = window.location;
      await navigator.clipboard.writeText(`${origin}${pathname}#${button.getAttribute(COPY_LINK_ATTRIBUTE)}`);
      status.textContent = copied;
      window.clearTimeout(timers.get(status));
      timers.set(
        status,
        window.setTimeout(() => (status.textContent = ''), SHOWN_MS),
      );
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      for (const timer of timers.values()) window.clearTimeout(timer);
    };
  }, [copied]);
  return null;
}
