'use client';

import type { Messages } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Digits } from '@/components/site/Digits';
import { newAnnotation, noteOf, quoteOf, withNote, type Passage } from '@/lib/annotations/annotation';
import { drawHighlights, eraseHighlights, type Placed } from '@/lib/annotations/drawHighlights';
import type { EarlyDrawing } from '@/lib/annotations/earlyDrawing';
import { QuotedPassage } from './QuotedPassage';
import { annotationsOf, deleteAnnotation, keepAnnotation, onAnnotationsChange } from '@/lib/annotations/store';
import { fillTemplate } from '@/lib/browser/messageTemplate';
import { READER_CLASS, READER_SELECTOR } from '@/lib/browser/readerDom';
import { ANNOTATE_EVENT, type AnnotateRequest } from '@/lib/annotations/annotateRequest';

type Labels = Messages['Highlights'];

/** What the dialog is editing: a kept annotation's note, or a new note on a passage. */
type Editing = { id: string } | { request: AnnotateRequest } | null;

/**
 * The reader's highlights and notes on this article: drawn over the text, listed in a dialog
 * (open, edit, delete, go to), made from the passage offer. Kept on this device only.
 */
export default function ArticleAnnotationsPanel({
  slug,
  title,
  source,
  labels,
  firstRequest,
  early,
}: {
  slug: string;
  title: string;
  source: string;
  labels: Labels;
  /** The request that brought this panel in, before its own listener was there. */
  firstRequest: AnnotateRequest | null;
  /** The drawing started before hydration (none on the server). */
  early: EarlyDrawing | null;
}) {
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  // The list is built when the dialog opens: a closed dialog carries none of the quotes.
  const [shown, setShown] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const focusOn = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    // A newer refresh (another change while one is under way) makes an older one stop drawing.
    let latest = 0;
    const refresh = async () => {
      const mine = ++latest;
      performance.mark('qari:annotations-panel');
      // What was drawn before React hydrated, if it still holds; else drawn now.
      const drawn =
        (mine === 1 && (await early?.take(slug))) ||
        (await drawHighlights(await annotationsOf(slug), () => live && mine === latest));
      if (drawn && live && mine === latest) setPlaced(drawn);
    };
    void refresh();
    const stop = onAnnotationsChange(() => void refresh());
    // The text's nodes change when tashkeel is hidden or terms are marked: placed again.
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void refresh());
    });
    const body = document.querySelector(`.${READER_CLASS.body}`);
    if (body) observer.observe(body, { subtree: true, childList: true, characterData: true });
    return () => {
      live = false;
      stop();
      observer.disconnect();
      eraseHighlights();
    };
  }, [slug, early]);

  const open = useCallback((next: Editing, focus: string | null = null) => {
    setEditing(next);
    setShown(true);
    focusOn.current = focus;
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  /** What a highlight keeps of a requested passage: the passage, and this article as the page has it now. */
  const passageOf = useCallback(
    (request: AnnotateRequest): Passage => ({
      ...request.passage,
      source,
      slug,
      title,
      version: document.querySelector('article[data-version]')?.getAttribute('data-version') ?? '',
    }),
    [source, slug, title],
  );

  // A passage offered for a highlight or a note (components/reader/share/SharePassage.tsx).
  const handled = useRef(false);
  useEffect(() => {
    const annotate = async (request: AnnotateRequest) => {
      if (request.withNote) return open({ request });
      await keepAnnotation(newAnnotation(passageOf(request)));
      setStatus(labels.highlighted);
    };
    if (firstRequest && !handled.current) {
      handled.current = true;
      void annotate(firstRequest);
    }
    const onAnnotate = (event: Event) => void annotate((event as CustomEvent<AnnotateRequest>).detail);
    window.addEventListener(ANNOTATE_EVENT, onAnnotate);
    return () => window.removeEventListener(ANNOTATE_EVENT, onAnnotate);
  }, [open, passageOf, labels.highlighted, firstRequest]);

  // A click on highlighted words opens them in the dialog.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const hit = placed.find(({ ranges }) =>
        ranges.some((range) => range.isPointInRange(caret.offsetNode, caret.offset)),
      );
      if (hit) open(null, hit.annotation.id);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [placed, open]);

  useEffect(() => {
    if (!focusOn.current) return;
    dialog.current?.querySelector<HTMLElement>(`[data-annotation="${focusOn.current}"] button`)?.focus();
    focusOn.current = null;
  });

  const saveNote = async (text: string) => {
    if (!editing) return;
    if ('request' in editing) await keepAnnotation(newAnnotation(passageOf(editing.request), text));
    else {
      const kept = placed.find(({ annotation }) => annotation.id === editing.id)?.annotation;
      if (kept) await keepAnnotation(withNote(kept, text));
    }
    setEditing(null);
    setStatus(labels.saved);
  };

  // The passage's block takes the focus (the dialog would give it back to its opener): a keyboard
  // or screen-reader user goes on from the words they chose, as a sighted reader does.
  const goTo = (ranges: Range[]) => {
    dialog.current?.close();
    const block = ranges[0]?.startContainer.parentElement?.closest<HTMLElement>(
      `${READER_SELECTOR.paragraph}, ${READER_SELECTOR.englishSummaryLines}`,
    );
    if (!block) return;
    block.tabIndex = -1;
    block.focus({ preventScroll: true });
    block.scrollIntoView({ block: 'center' });
  };

  return (
    <>
      {placed.length > 0 && (
        <button
          type="button"
          onClick={() => open(null)}
          className="rounded-full border border-rule px-4 py-1.5 text-sm font-bold hover:bg-card"
        >
          <Digits>{fillTemplate(labels.open, { count: String(placed.length) })}</Digits>
        </button>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="annotations-title"
        onClose={() => {
          setEditing(null);
          setShown(false);
        }}
        className="annotations-dialog m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-rule bg-paper p-5 text-ink shadow-lg backdrop:bg-black/40"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id="annotations-title" className="text-lg font-bold">
            {labels.title}
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-rule px-3 py-1 text-sm"
          >
            {labels.close}
          </button>
        </div>
        {editing && 'request' in editing && (
          <NoteEditor
            labels={labels}
            quote={editing.request.passage.quote.exact}
            part={editing.request.passage.part}
            onSave={saveNote}
            onCancel={() => dialog.current?.close()}
          />
        )}
        <ol className="mt-4 space-y-4">
          {shown &&
            placed.map(({ annotation, position, ranges }) => {
              const mine = editing && 'id' in editing && editing.id === annotation.id;
              return (
                <li key={annotation.id} data-annotation={annotation.id} className="border-s-4 border-accent ps-3">
                  {!position && <p className="text-sm font-bold text-muted">{labels.changed}</p>}
                  <QuotedPassage part={annotation.target['qari:part']} className="leading-relaxed">
                    {quoteOf(annotation).exact}
                  </QuotedPassage>
                  {mine ? (
                    <NoteEditor
                      labels={labels}
                      initial={noteOf(annotation)}
                      onSave={saveNote}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    noteOf(annotation) && (
                      <p className="mt-2 whitespace-pre-wrap text-muted" dir="auto">
                        {noteOf(annotation)}
                      </p>
                    )
                  )}
                  <div className="mt-2 flex flex-wrap gap-2 text-sm">
                    {position && (
                      <button
                        type="button"
                        onClick={() => goTo(ranges)}
                        className="rounded border border-rule px-3 py-1"
                      >
                        {labels.goTo}
                      </button>
                    )}
                    {!mine && (
                      <button
                        type="button"
                        onClick={() => setEditing({ id: annotation.id })}
                        className="rounded border border-rule px-3 py-1"
                      >
                        {noteOf(annotation) ? labels.edit : labels.addNote}
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={async () => {
                        await deleteAnnotation(annotation.id);
                        setStatus(labels.deleted);
                      }}
                      className="rounded border border-rule px-3 py-1"
                    >
                      {labels.delete}
                    </button>
                  </div>
                </li>
              );
            })}
        </ol>
      </dialog>
    </>
  );
}

/** A note's text field with Save and Cancel; focused when it opens. */
function NoteEditor({
  labels,
  initial = '',
  quote,
  part,
  onSave,
  onCancel,
}: {
  labels: Labels;
  initial?: string;
  quote?: string;
  part?: 'text' | 'summary';
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
    >
      {quote && part && (
        <QuotedPassage part={part} className="border-s-4 border-accent ps-3">
          {quote}
        </QuotedPassage>
      )}
      <label className="block text-sm font-bold">
        {labels.noteLabel}
        <textarea
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
          dir="auto"
          rows={3}
          className="mt-1 block w-full rounded border border-rule bg-card p-2 font-normal"
        />
      </label>
      <div className="flex gap-2 text-sm">
        <button type="submit" className="rounded bg-accent px-3 py-1 font-bold text-paper">
          {labels.save}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-rule px-3 py-1">
          {labels.cancel}
        </button>
      </div>
    </form>
  );
}
