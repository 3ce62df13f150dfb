import { READER_SELECTOR } from '@/lib/browser/readerDom';
import { markTerms, type GlossaryEntry } from '@/lib/glossary/markTerms';

/** The class of a marked term (styled by globals.css while the glossary is on). */
const GLOSS_TERM_CLASS = 'gloss-term';
const POPOVER_ID = 'gloss-popover';

/** A span of text, in its language, for the popover. */
function span(className: string, lang: string, text: string): HTMLSpanElement {
  return Object.assign(document.createElement('span'), { className, lang, textContent: text });
}

/**
 * Marks each term where it first occurs in each section's paragraphs: the text nodes are cut
 * around it, the words stay the same. Found whatever the tashkeel, shown or hidden (markTerms).
 */
function markTermsInPage(entries: readonly GlossaryEntry[]): HTMLElement[] {
  const spans: HTMLElement[] = [];
  for (const section of document.querySelectorAll<HTMLElement>(READER_SELECTOR.sections)) {
    const marked = new Set<number>();
    for (const paragraph of section.querySelectorAll<HTMLElement>(READER_SELECTOR.paragraph)) {
      for (const node of [...paragraph.childNodes].filter((child): child is Text => child instanceof Text)) {
        const runs = markTerms(node.data, entries, marked);
        if (runs.length < 2 && runs[0]?.term === undefined) continue;
        node.replaceWith(
          ...runs.map((run) => {
            if (run.term === undefined) return run.text;
            const term = Object.assign(document.createElement('span'), {
              className: GLOSS_TERM_CLASS,
              textContent: run.text,
            });
            term.dataset.gloss = String(run.term);
            spans.push(term);
            return term;
          }),
        );
      }
    }
  }
  return spans;
}

/**
 * Marks the terms of the page, makes them reachable and gives each its gloss in one native popover
 * near it (anchored to the term it was opened from). A term is a button for assistive
 * technology, and names its gloss as its description while open. Escape and a click elsewhere
 * close it (the browser's light dismiss). Returns what undoes it all (the setting turned off).
 */
export function attachGlossary(entries: readonly GlossaryEntry[]): () => void {
  const popover = document.createElement('div');
  Object.assign(popover, { id: POPOVER_ID, popover: 'auto', className: 'gloss-popover' });
  popover.setAttribute('role', 'tooltip');
  document.body.append(popover);
  let current: HTMLElement | null = null;

  const terms = markTermsInPage(entries);
  for (const term of terms) {
    term.tabIndex = 0;
    term.setAttribute('role', 'button');
    term.setAttribute('aria-expanded', 'false');
    term.setAttribute('aria-controls', POPOVER_ID);
  }

  const close = () => {
    current?.setAttribute('aria-expanded', 'false');
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const open = (term: HTMLElement) => {
    const entry = entries[Number(term.dataset.gloss)];
    if (!entry || current === term) return;
    if (popover.matches(':popover-open')) popover.hidePopover();
    const arabic = span('gloss-ar', 'ar', entry.term);
    arabic.dir = 'rtl';
    popover.replaceChildren(
      arabic,
      ...(entry.translit ? [span('gloss-translit', 'ar-Latn', entry.translit)] : []),
      span('gloss-en', 'en', entry.gloss),
    );
    // `source` anchors the popover to the term (CSS position-area); TypeScript's DOM types lack it yet.
    (popover.showPopover as (options: { source: HTMLElement }) => void).call(popover, { source: term });
    current = term;
    term.setAttribute('aria-expanded', 'true');
    term.setAttribute('aria-describedby', POPOVER_ID);
  };

  const termOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLElement>(`.${GLOSS_TERM_CLASS}`) ?? null;
  const onClick = (event: MouseEvent) => {
    const term = termOf(event);
    if (term) open(term);
  };
  // Focus from the keyboard opens a gloss; a pointer's focus is followed by its click.
  const onFocus = (event: FocusEvent) => {
    const term = termOf(event);
    if (term?.matches(':focus-visible')) open(term);
  };
  const onKey = (event: KeyboardEvent) => {
    const term = termOf(event);
    if (term && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(term);
    }
  };
  const onToggle = (event: Event) => {
    if ((event as ToggleEvent).newState === 'closed') close();
  };
  document.addEventListener('click', onClick);
  document.addEventListener('focusin', onFocus);
  document.addEventListener('keydown', onKey);
  popover.addEventListener('toggle', onToggle);

  return () => {
    document.removeEventListener('click', onClick);
    document.removeEventListener('focusin', onFocus);
    document.removeEventListener('keydown', onKey);
    close();
    popover.remove();
    // The text as it was: each term's words back in its paragraph's text.
    for (const term of terms) {
      const paragraph = term.parentElement;
      term.replaceWith(term.textContent ?? '');
      paragraph?.normalize();
    }
  };
}
