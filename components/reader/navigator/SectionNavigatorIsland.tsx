'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PAGE_END_ID, type NavigatorEntry, type NavigatorLabels } from './navigatorTypes';
import { ContinueOffer } from './ContinueOffer';
import { ListenButtons } from '../listen/ListenButtons';
import { useListen, type ListenLabels } from '../listen/useListen';
import { NavigatorContents } from './NavigatorContents';
import { useRememberPlace } from './useRememberPlace';
import { useScrollSpy } from './useScrollSpy';
import type { Messages } from 'next-intl';
import { Digits } from '@/components/site/Digits';

const DIALOG_ID = 'section-navigator-dialog';
const TITLE_ID = 'section-navigator-title';
const DIALOG_TITLE_ID = 'section-navigator-dialog-title';

interface Props {
  slug: string;
  entries: NavigatorEntry[];
  labels: NavigatorLabels;
  continueLabels: Pick<Messages['ReadingPlace'], 'continueFrom' | 'dismiss'>;
  listenLabels: ListenLabels;
}

function focusHeading(id: string) {
  document.getElementById(`${id}-heading`)?.focus({ preventScroll: true });
}

/**
 * The section navigator: a sticky list beside the text on wide screens; on phones a sticky
 * bar whose button opens the same list in a native modal <dialog> (focus containment, Escape
 * and an inert page come from the browser). Rendered on the server from plain data, so
 * without JavaScript the sidebar list is a working list of links on every screen.
 */
export function SectionNavigatorIsland({ slug, entries, labels, continueLabels, listenLabels }: Props) {
  const ids = useMemo(() => entries.map((entry) => entry.id), [entries]);
  const { current, jumpTo } = useScrollSpy(ids, PAGE_END_ID);
  useRememberPlace(slug, entries, current);
  // Listening lives in the navigator: it is in view wherever the reader is, and knows the section.
  const listen = useListen(listenLabels);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const choose = useCallback(
    (index: number) => {
      dialog.current?.close();
      jumpTo(index);
      focusHeading(ids[index]!);
    },
    [ids, jumpTo],
  );

  // The dialog's list is built when it opens; focus goes to the current section's entry.
  useEffect(() => {
    if (open) dialog.current?.querySelector<HTMLElement>('[aria-current="location"]')?.focus();
  }, [open]);

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
    const box = list.current;
    const link = box?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!box || !link || box.scrollHeight <= box.clientHeight) return;
    const top = link.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + link.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top - box.clientHeight / 3;
    }
  }, [current]);

  const entry = entries[current];
  const percent = `${((current + 1) / entries.length) * 100}%`;
  const shared = { title: labels.title, position: labels.progress[current] ?? '', percent, entries, current };

  return (
    <>
      <ContinueOffer slug={slug} entries={entries} labels={continueLabels} />
      <span role="status" aria-live="polite" className="sr-only">
        {listen.status}
      </span>
      <div className="navigator-bar sticky top-0 z-30 border-b border-rule bg-paper lg:hidden print:hidden">
        <div className="flex items-center gap-3 px-4 py-1.5">
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-haspopup="dialog"
            aria-controls={DIALOG_ID}
            onClick={() => {
              dialog.current?.showModal();
              setOpen(true);
            }}
            className="shrink-0 rounded-md border border-rule px-3 py-1.5 text-sm font-bold"
          >
            <span aria-hidden="true">☰ </span>
            {labels.open}
          </button>
          <p className="min-w-0 flex-1 text-sm">
            {/* The title's own direction, whatever the UI's: an Arabic title keeps its start and
                loses its end to the ellipsis, in the English UI too. */}
            <span
              lang={entry?.lang}
              dir={entry?.lang === 'ar' ? 'rtl' : 'ltr'}
              className="block truncate text-start leading-[1.9]"
            >
              {entry?.title}
            </span>
            <span className="block text-xs text-muted">
              <Digits>{labels.progress[current]}</Digits>
            </span>
          </p>
          <ListenButtons listen={listen} labels={listenLabels} from={current} />
        </div>
        <div className="h-1 bg-rule" aria-hidden="true">
          <div className="h-full bg-accent transition-[inline-size]" style={{ inlineSize: percent }} />
        </div>
      </div>

      <div
        ref={list}
        className="navigator-panel print:hidden lg:sticky lg:top-0 lg:max-h-dvh lg:self-start lg:overflow-y-auto lg:py-8"
      >
        <div className="hidden empty:hidden lg:mb-4 lg:block">
          <ListenButtons listen={listen} labels={listenLabels} from={current} />
        </div>
        <NavigatorContents {...shared} titleId={TITLE_ID} onChoose={jumpTo} className="my-4 p-4 lg:my-0 lg:p-0" />
      </div>

      <dialog
        ref={dialog}
        id={DIALOG_ID}
        aria-labelledby={DIALOG_TITLE_ID}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        // A click on the dialog itself, not its content, is a click on the backdrop.
        onClick={(event) => {
          if (event.target === event.currentTarget) dialog.current?.close();
        }}
        className="navigator-dialog m-auto max-h-[85dvh] w-[calc(100%-2rem)] max-w-md rounded-lg border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50"
      >
        {open && (
          <NavigatorContents
            {...shared}
            titleId={DIALOG_TITLE_ID}
            onChoose={choose}
            className="p-4"
            action={
              <button
                type="button"
                onClick={() => dialog.current?.close()}
                className="rounded-md border border-rule px-3 py-1 text-sm"
              >
                {labels.close}
              </button>
            }
          />
        )}
      </dialog>
    </>
  );
}
