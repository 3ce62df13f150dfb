'use client';

import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchLabels } from './searchTypes';

// The results and the search engine load when the reader first searches, never with the page.
const SearchResults = lazy(() => import('./SearchResults'));
const RESULTS_ID = 'site-search-results';

function typingElsewhere(target: EventTarget | null) {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The header's search field: `/` focuses it, typing searches, ArrowDown moves into the
 * results. Without JavaScript it says that search needs it (CSS, `html:not(.js)`).
 */
export function SiteSearchIsland({ locale, labels }: { locale: string; labels: SearchLabels }) {
  const [query, setQuery] = useState('');
  const [engaged, setEngaged] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingElsewhere(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      form.current?.querySelector<HTMLElement>(`#${RESULTS_ID} a`)?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <form
      ref={form}
      role="search"
      aria-label={labels.name}
      onSubmit={(event) => {
        event.preventDefault();
        form.current?.querySelector<HTMLElement>(`#${RESULTS_ID} a`)?.focus();
      }}
      className="site-search relative min-w-0 flex-1 sm:max-w-sm"
    >
      <label htmlFor="site-search-input" className="sr-only">
        {labels.label}
      </label>
      <input
        ref={input}
        id="site-search-input"
        type="search"
        name="q"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onFocus={() => {
          setEngaged(true);
          // The engine and its index start loading now, beside the results' own code.
          void import('@/lib/search/searchEngine').then((engine) => engine.warmUp());
        }}
        onKeyDown={onInputKeyDown}
        placeholder={labels.placeholder}
        autoComplete="off"
        aria-keyshortcuts="/"
        aria-controls={engaged ? RESULTS_ID : undefined}
        title={labels.shortcut}
        className="search-input w-full rounded-full border border-rule bg-paper px-4 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <p className="search-no-js text-sm text-muted">{labels.noScript}</p>
      {engaged && (
        <Suspense fallback={null}>
          <SearchResults
            id={RESULTS_ID}
            query={query}
            locale={locale}
            labels={labels}
            onLeave={() => input.current?.focus()}
          />
        </Suspense>
      )}
    </form>
  );
}
