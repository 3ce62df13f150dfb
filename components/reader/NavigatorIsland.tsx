'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PAGE_END_ID, type NavigatorEntry, type NavigatorLabels } from './navigatorTypes';
import { useModalFocus } from './useModalFocus';
import { useScrollSpy } from './useScrollSpy';

const PANEL_ID = 'section-navigator';
const TITLE_ID = 'section-navigator-title';

interface Props {
  entries: NavigatorEntry[];
  labels: NavigatorLabels;
}

function focusHeading(id: string) {
  document.getElementById(`${id}-heading`)?.focus({ preventScroll: true });
}

/**
 * The section navigator: a sticky list beside the text on wide screens; on phones a sticky
 * bar whose button opens the same list as a modal dialog. Rendered on the server from plain
 * data, so without JavaScript it is a working list of links.
 */
export function NavigatorIsland({ entries, labels }: Props) {
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const { current, jumpTo } = useScrollSpy(ids, PAGE_END_ID);
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const closeAndReturn = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useModalFocus(open, panel, closeAndReturn);

  // Back/forward and the prev/next links change the hash: follow with the spy and focus.
  useEffect(() => {
    const onHashChange = () => {
      const index = ids.indexOf(decodeURIComponent(window.location.hash.slice(1)));
      if (index < 0) return;
      jumpTo(index);
      focusHeading(ids[index]!);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ids, jumpTo]);

  // Keep the current entry visible inside the sidebar's own scroll area (never the page's).
  useEffect(() => {
    const box = list.current?.parentElement;
    const link = list.current?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!box || !link || box.scrollHeight <= box.clientHeight) return;
    const top = link.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top - box.clientHeight / 3;
    }
  }, [current]);

  const entry = entries[current];
  const percent = `${((current + 1) / entries.length) * 100}%`;

  return (
    <>
      <div className="navigator-bar sticky top-0 z-30 border-b border-rule bg-paper lg:hidden print:hidden">
        <div className="flex items-center gap-3 px-4 py-1.5">
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-haspopup="dialog"
            aria-controls={PANEL_ID}
            onClick={() => setOpen(true)}
            className="shrink-0 rounded-md border border-rule px-3 py-1.5 text-sm font-bold"
          >
            <span aria-hidden="true">☰ </span>
            {labels.open}
          </button>
          <p className="min-w-0 flex-1 text-sm">
            <span className="block truncate leading-[1.9]">
              <bdi lang={entry?.lang}>{entry?.title}</bdi>
            </span>
            <span className="block text-xs text-muted">{labels.progress[current]}</span>
          </p>
        </div>
        <div className="h-1 bg-rule" aria-hidden="true">
          <div className="h-full bg-accent transition-[inline-size]" style={{ inlineSize: percent }} />
        </div>
      </div>

      <div
        ref={panel}
        id={PANEL_ID}
        data-open={open || undefined}
        role={open ? 'dialog' : undefined}
        aria-modal={open || undefined}
        aria-labelledby={open ? TITLE_ID : undefined}
        className="navigator-panel print:hidden data-open:fixed data-open:inset-0 data-open:z-50 data-open:flex lg:sticky lg:top-0 lg:block lg:max-h-dvh lg:self-start lg:overflow-y-auto lg:py-8"
      >
        {open && (
          <div className="absolute inset-0 bg-black/50" aria-hidden="true" onClick={closeAndReturn} data-backdrop />
        )}
        <nav
          aria-labelledby={TITLE_ID}
          className="relative my-4 w-full max-w-md overflow-y-auto border-rule bg-paper p-4 in-data-open:mx-auto in-data-open:max-h-[85dvh] in-data-open:self-center in-data-open:rounded-lg in-data-open:border in-data-open:shadow-xl lg:my-0 lg:max-w-none lg:p-0"
        >
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 id={TITLE_ID} className="text-lg font-bold">
              {labels.title}
            </h2>
            {open && (
              <button
                type="button"
                onClick={closeAndReturn}
                className="rounded-md border border-rule px-3 py-1 text-sm"
              >
                {labels.close}
              </button>
            )}
          </div>
          <p className="mb-2 text-sm text-muted">{labels.progress[current]}</p>
          <div className="mb-4 h-1 rounded bg-rule" aria-hidden="true">
            <div className="h-full rounded bg-accent transition-[inline-size]" style={{ inlineSize: percent }} />
          </div>
          <ol ref={list} className="space-y-1">
            {entries.map((item, index) => (
              <li key={item.id}>
                <a
                  href={`#${item.id}`}
                  aria-current={index === current ? 'location' : undefined}
                  onClick={() => {
                    setOpen(false);
                    jumpTo(index);
                    focusHeading(item.id);
                  }}
                  className="nav-entry"
                >
                  {/* bdi: Arabic reads right-to-left yet aligns with the UI, in either language. */}
                  <span className="block leading-[1.8]">
                    <bdi lang={item.lang}>{item.title}</bdi>
                  </span>
                  {item.english && (
                    <span lang="en" dir="ltr" className="block text-sm leading-snug text-muted">
                      {item.english}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </div>
    </>
  );
}
