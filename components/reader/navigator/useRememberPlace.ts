'use client';

import { READER_SELECTOR } from '@/lib/browser/readerDom';
import { useEffect, useRef } from 'react';
import { saveReadingPlace } from '@/lib/browser/readingPlace';
import { PAGE_END_ID, type NavigatorEntry } from './navigatorTypes';

/** Where the reading line sits (as the scroll spy's band): 12% down the viewport. */
const READING_LINE = 0.12;

/**
 * Remembers, on this device only, where the reader is in the article: once they have scrolled
 * (a page opened and left untouched moves nothing), when the scrolling stops and when the page
 * is left. Reaching the end of the last section marks the article read.
 */
export function useRememberPlace(slug: string, entries: NavigatorEntry[], current: number) {
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });

  useEffect(() => {
    let moved = false;
    let timer: number | undefined;
    const save = () => {
      if (!moved) return;
      const index = latest.current;
      const entry = entries[index];
      if (!entry) return;
      const line = window.innerHeight * READING_LINE;
      const paragraphs = Array.from(
        document.getElementById(entry.id)?.querySelectorAll(READER_SELECTOR.paragraph) ?? [],
      );
      const paragraph = Math.max(
        0,
        paragraphs.findIndex((p) => p.getBoundingClientRect().bottom > line),
      );
      const end = document.getElementById(PAGE_END_ID);
      const reachedEnd = index === entries.length - 1 && !!end && end.getBoundingClientRect().top <= window.innerHeight;
      saveReadingPlace(slug, { section: entry.id, index, total: entries.length, paragraph }, reachedEnd);
    };
    const onScroll = () => {
      moved = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 300);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    // Scrolled before the page was interactive (a quick reader, a slow phone): that counts too.
    if (window.scrollY > 0) onScroll();
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, [slug, entries]);
}
