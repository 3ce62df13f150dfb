'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The reading line: a 1%-high band at 12% of the viewport, below the phone's sticky bar and
 * above where a jumped-to section's top lands. Sections touch, so one crosses it at a time.
 */
const READING_BAND = '-12% 0px -87% 0px';

function indexOfHash(ids: string[]): number {
  return ids.indexOf(decodeURIComponent(window.location.hash.slice(1)));
}

/**
 * The index of the section being read. IntersectionObserver does the watching (no layout
 * reads while scrolling). After a jump — a click, a deep link, back/forward — the target
 * stays current until the reader scrolls again, so a short section near the end is not
 * overruled by the "page bottom" rule, and a smooth scroll passing other sections does not
 * make the entry flicker.
 */
export function useScrollSpy(ids: string[], endSentinelId: string) {
  const [current, setCurrent] = useState(0);
  const jump = useRef<'none' | 'moving' | 'landed'>('none');
  // The deep link is honoured once; a live preview that changes the sections re-runs the
  // effect below (new ids), but the reader may have moved on by then.
  const deepLinkSeen = useRef(false);

  useEffect(() => {
    const inBand = new Set<number>();
    let atEnd = false;
    const update = () => {
      if (jump.current !== 'none') return;
      if (atEnd) setCurrent(ids.length - 1);
      else if (inBand.size) setCurrent(Math.min(...inBand));
      // Above the first section (the headline) nothing crosses the line: the lead stays current.
    };

    const band = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = ids.indexOf(entry.target.id);
          if (entry.isIntersecting) inBand.add(index);
          else inBand.delete(index);
        }
        update();
      },
      { rootMargin: READING_BAND },
    );
    for (const id of ids) {
      const section = document.getElementById(id);
      if (section) band.observe(section);
    }
    // A 1px marker at the very end of the page: visible only when it can scroll no further.
    const end = new IntersectionObserver(([entry]) => {
      atEnd = !!entry?.isIntersecting;
      update();
    });
    const sentinel = document.getElementById(endSentinelId);
    if (sentinel) end.observe(sentinel);

    const onScroll = () => {
      if (jump.current === 'landed') jump.current = 'none';
      update();
    };
    const onScrollEnd = () => {
      if (jump.current === 'moving') jump.current = 'landed';
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('scrollend', onScrollEnd);

    // A deep link: the browser has scrolled to the section; mark it once React has hydrated.
    const initial = deepLinkSeen.current ? -1 : indexOfHash(ids);
    deepLinkSeen.current = true;
    if (initial >= 0) {
      jump.current = 'landed';
      requestAnimationFrame(() => setCurrent(initial));
    }
    return () => {
      band.disconnect();
      end.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('scrollend', onScrollEnd);
    };
  }, [ids, endSentinelId]);

  /** Marks a jump target current at once and holds it while the page scrolls there. */
  const jumpTo = (index: number) => {
    jump.current = 'moving';
    setCurrent(index);
    // A jump to where the page already is never scrolls, so never ends: settle anyway.
    window.setTimeout(() => {
      if (jump.current === 'moving') jump.current = 'landed';
    }, 1500);
  };

  return { current, jumpTo };
}
