'use client';

import type { Messages } from 'next-intl';
import { useEffect, useState } from 'react';
import { Digits } from '@/components/site/Digits';
import { noteOf, passageLink, quoteOf, toMarkdown, type Annotation } from '@/lib/annotations/annotation';
import { parseExport, sizeProblem } from '@/lib/annotations/annotationFile';
import {
  allAnnotations,
  deleteAll,
  deleteAnnotation,
  importAnnotations,
  onAnnotationsChange,
} from '@/lib/annotations/store';
import { fillTemplate } from '@/lib/browser/messageTemplate';
import { articleHref } from '@/lib/library/paths';
import { formatDate } from '@/lib/formatDate';
import { HijriText } from '@/components/site/HijriText';
import { QuotedPassage } from '@/components/reader/annotations/QuotedPassage';

type Labels = Messages['Highlights'];

/** Offers `text` as a file to save. */
function download(name: string, type: string, text: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Every highlight and note on this device, by article (the newest first), with export, import and delete. */
export function HighlightsIsland({
  locale,
  labels,
  hijri,
}: {
  locale: string;
  labels: Labels;
  /** "({date} …approximately)": the Hijri date's words (Calendar.hijri). */
  hijri: string;
}) {
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const load = () => allAnnotations().then(setAnnotations);
    void load();
    return onAnnotationsChange(() => void load());
  }, []);

  if (!annotations) return null;
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const slug = annotation.target['qari:slug'];
    const list = byArticle.get(slug);
    if (list) list.push(annotation);
    else byArticle.set(slug, [annotation]);
  }
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="mt-6">
      <div className="flex flex-wrap gap-2 text-sm">
        {annotations.length > 0 && (
          <>
            <button
              type="button"
              className="rounded border border-rule px-3 py-1"
              onClick={() =>
                download(`qari-highlights-${today}.md`, 'text/markdown', toMarkdown(annotations, labels.pageTitle))
              }
            >
              {labels.exportMarkdown}
            </button>
            <button
              type="button"
              className="rounded border border-rule px-3 py-1"
              onClick={() =>
                download(`qari-highlights-${today}.json`, 'application/json', JSON.stringify(annotations, null, 2))
              }
            >
              {labels.exportJson}
            </button>
          </>
        )}
        <label className="cursor-pointer rounded border border-rule px-3 py-1 focus-within:outline-2">
          {labels.import}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              // Read only a file of a size an export can have.
              const tooLarge = sizeProblem(file.size);
              const parsed = tooLarge ? { error: tooLarge } : parseExport(await file.text());
              if ('error' in parsed) return setStatus(fillTemplate(labels.importError, { reason: parsed.error }));
              const count = await importAnnotations(parsed.annotations);
              setStatus(fillTemplate(labels.imported, { count: String(count) }));
            }}
          />
        </label>
        {annotations.length > 0 && (
          <button
            type="button"
            className="rounded border border-rule px-3 py-1"
            onClick={async () => {
              if (window.confirm(labels.deleteAllConfirm)) await deleteAll();
            }}
          >
            {labels.deleteAll}
          </button>
        )}
      </div>
      <p role="status" className="mt-3 text-sm font-bold">
        <Digits>{status}</Digits>
      </p>
      {annotations.length === 0 && <p className="mt-6 text-muted">{labels.empty}</p>}
      {[...byArticle.values()].map((list) => (
        <section
          key={list[0]!.target['qari:slug']}
          className="mt-8"
          aria-labelledby={`h-${list[0]!.target['qari:slug']}`}
        >
          <h2 id={`h-${list[0]!.target['qari:slug']}`} lang="ar" dir="rtl" className="text-xl font-bold">
            {list[0]!.target['qari:title']}
          </h2>
          <ol className="mt-3 space-y-4">
            {list.map((annotation) => {
              return (
                <li key={annotation.id} className="border-s-4 border-accent ps-3">
                  <QuotedPassage part={annotation.target['qari:part']} className="leading-relaxed">
                    <a
                      href={passageLink(annotation, `/${locale}${articleHref(annotation.target['qari:slug'])}`)}
                      className="hover:underline"
                    >
                      {quoteOf(annotation).exact}
                    </a>
                  </QuotedPassage>
                  <p className="mt-1 text-sm text-muted">
                    <time dateTime={annotation.created}>
                      <Digits>{formatDate(locale, annotation.created.slice(0, 10))}</Digits>
                    </time>
                    <HijriText locale={locale} date={annotation.created} template={hijri} />
                  </p>
                  {noteOf(annotation) && (
                    <p className="mt-2 whitespace-pre-wrap text-muted" dir="auto">
                      {noteOf(annotation)}
                    </p>
                  )}
                  <button
                    type="button"
                    className="mt-2 rounded border border-rule px-3 py-1 text-sm"
                    onClick={() => deleteAnnotation(annotation.id)}
                  >
                    {labels.delete}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
