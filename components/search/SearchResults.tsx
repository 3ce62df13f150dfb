'use client';

import { fillTemplate } from '@/lib/browser/messageTemplate';
import { formatNumber } from '@/lib/formatNumber';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { searchSections, warmUp, type SearchAnswer, type SearchHit } from '@/lib/search/searchEngine';
import type { SearchLabels } from './searchTypes';
import { Digits } from '@/components/site/Digits';

interface Props {
  id: string;
  query: string;
  locale: string;
  labels: SearchLabels;
  /** ArrowUp from the first result, or Escape: back to the field. */
  onLeave: () => void;
}

type State =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'failed' }
  | { status: 'done'; total: number; hits: SearchHit[]; partial: boolean };

const DEBOUNCE_MS = 80;

/** Moves focus among the result links with the arrow keys. */
function onListKeyDown(event: KeyboardEvent<HTMLElement>, onLeave: () => void) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('a'));
  const at = links.indexOf(document.activeElement as HTMLElement);
  event.preventDefault();
  if (event.key === 'Escape' || (event.key === 'ArrowUp' && at <= 0)) onLeave();
  else links[Math.min(links.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
}

/** The hits of a query: headline, section, a snippet with the match marked, a link to the section. */
export default function SearchResults({ id, query, locale, labels, onLeave }: Props) {
  const [answer, setAnswer] = useState<{ query: string; state: State } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const trimmed = query.trim();

  useEffect(warmUp, []);
  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    const timer = window.setTimeout(() => {
      const show = (found: SearchAnswer) =>
        current &&
        setAnswer((shown) => {
          // A reader already moving through the first hits keeps them: the list does not change
          // under the focus, only the count does.
          const choosing = shown?.query === trimmed && list.current?.contains(document.activeElement);
          const hits = choosing && shown.state.status === 'done' ? shown.state.hits : found.hits;
          return { query: trimmed, state: { status: 'done', ...found, hits } };
        });
      // The newest articles' hits first, then the whole archive's (lib/search/searchEngine.ts).
      searchSections(trimmed, show).then(
        show,
        () => current && setAnswer({ query: trimmed, state: { status: 'failed' } }),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [trimmed]);

  // An empty field shows nothing; a query not answered yet shows that it is being searched.
  const state: State = !trimmed
    ? { status: 'idle' }
    : answer?.query === trimmed
      ? answer.state
      : { status: 'searching' };
  const english = locale === 'en';
  const message =
    state.status === 'searching' || (state.status === 'done' && state.partial)
      ? labels.searching
      : state.status === 'failed'
        ? labels.unavailable
        : state.status === 'done'
          ? state.total
            ? fillTemplate(labels.count, { count: formatNumber(locale, state.total) })
            : labels.none
          : '';

  return (
    <div
      id={id}
      hidden={state.status === 'idle'}
      className="search-results absolute inset-x-0 top-full z-50 mt-2 max-h-[70dvh] overflow-y-auto rounded-lg border border-rule bg-paper p-3 shadow-lg max-sm:fixed max-sm:inset-x-3 max-sm:top-16"
    >
      <p role="status" className="px-1 text-sm text-muted">
        <Digits>{message}</Digits>
      </p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ol ref={list} className="mt-2 space-y-1" onKeyDown={(event) => onListKeyDown(event, onLeave)}>
          {state.hits.map((hit) => (
            <li key={hit.meta.path}>
              <a
                href={`/${locale}${hit.meta.path}`}
                className="search-hit block rounded-md px-2 py-2 text-ink no-underline hover:bg-card focus:bg-card"
              >
                <span
                  lang={english ? 'en' : 'ar'}
                  dir={english ? 'ltr' : 'rtl'}
                  className="block font-bold leading-snug"
                >
                  {english ? hit.meta.title_en : hit.meta.title}
                </span>
                <span className="block text-sm text-muted">
                  <bdi lang={hit.meta.heading ? 'ar' : locale}>{hit.meta.heading || labels.lead}</bdi>
                </span>
                <span
                  lang={hit.lang}
                  dir={hit.lang === 'ar' ? 'rtl' : 'ltr'}
                  className="mt-1 block text-sm leading-relaxed"
                >
                  {hit.snippet.map((part, index) =>
                    // Parts never reorder within a snippet, so their position is their identity.
                    part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
                  )}
                </span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
