'use client';

import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * While `open`: focus moves into the container (to the current entry) and Tab cycles
 * inside it, Escape calls `onEscape`, and the page behind stops scrolling.
 */
export function useModalFocus(open: boolean, container: RefObject<HTMLElement | null>, onEscape: () => void) {
  useEffect(() => {
    const box = container.current;
    if (!open || !box) return;
    const focusables = () => Array.from(box.querySelectorAll<HTMLElement>(FOCUSABLE));
    (box.querySelector<HTMLElement>('[aria-current="location"]') ?? focusables()[0])?.focus();

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onEscape();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables();
      const first = items[0];
      const last = items[items.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !box.contains(active))) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && (active === last || !box.contains(active))) {
        event.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    const root = document.documentElement;
    root.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      root.style.overflow = '';
    };
  }, [open, container, onEscape]);
}
