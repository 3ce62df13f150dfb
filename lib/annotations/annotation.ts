import type { Annotation } from './annotationFile';
import type { SelectedPassage } from './annotateRequest';
import { ANNOTATION_CONTEXT, RFC3986 } from './webAnnotation';

// A reader's highlight or note, as the W3C Web Annotation model writes it (what Hypothesis uses):
// the section (FragmentSelector) refined by the quoted words with their context
// (TextQuoteSelector) and where they were (TextPositionSelector), against the article's version.
// Qari's own fields are prefixed `qari:`. Kept on the device only (lib/annotations/store.ts).

/** An annotation as `annotationFile.ts` checks it. */
export type { Annotation };

/** What a highlight keeps of a selection: the passage, and the article it is in. */
export interface Passage extends SelectedPassage {
  source: string;
  slug: string;
  title: string;
  version: string;
}

/** A new highlight (a note when `note` is given) of `passage`. */
export function newAnnotation(passage: Passage, note = '', now = new Date()): Annotation {
  const at = now.toISOString();
  return withNote(
    {
      '@context': ANNOTATION_CONTEXT,
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: at,
      modified: at,
      target: {
        source: passage.source,
        'qari:slug': passage.slug,
        'qari:title': passage.title,
        'qari:version': passage.version,
        'qari:part': passage.part,
        selector: {
          type: 'FragmentSelector',
          conformsTo: RFC3986,
          value: passage.section,
          refinedBy: [
            { type: 'TextQuoteSelector', ...passage.quote },
            { type: 'TextPositionSelector', ...passage.position },
          ],
        },
      },
    },
    note,
    now,
  );
}

/** The annotation with `note` as its note (none: a plain highlight again). */
export function withNote(annotation: Annotation, note: string, now = new Date()): Annotation {
  const value = note.trim();
  const rest: Annotation = { ...annotation };
  delete rest.body;
  return value
    ? {
        ...rest,
        motivation: 'commenting',
        modified: now.toISOString(),
        body: [{ type: 'TextualBody', value, format: 'text/plain' }],
      }
    : { ...rest, motivation: 'highlighting', modified: now.toISOString() };
}

export const noteOf = (annotation: Annotation) => annotation.body?.[0]?.value ?? '';
export const quoteOf = (annotation: Annotation) => annotation.target.selector.refinedBy[0];
export const positionOf = (annotation: Annotation) => annotation.target.selector.refinedBy[1];

/**
 * A link that opens the article at the passage (its section, the words highlighted by the
 * browser): at its own address, or at `page` (the article in the reader's UI language).
 */
export function passageLink(annotation: Annotation, page = annotation.target.source): string {
  const { exact } = quoteOf(annotation);
  const words = exact.length > 300 ? exact.slice(0, 300).replace(/\s+\S*$/, '') : exact;
  const text = encodeURIComponent(words).replace(/-/g, '%2D');
  return `${page}#${annotation.target.selector.value}:~:text=${text}`;
}

/** Every annotation as Markdown: by article, each quote, its note and a link to it. */
export function toMarkdown(annotations: readonly Annotation[], heading: string): string {
  const byArticle = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const slug = annotation.target['qari:slug'];
    byArticle.set(slug, [...(byArticle.get(slug) ?? []), annotation]);
  }
  const lines = [`# ${heading}`, ''];
  for (const list of byArticle.values()) {
    lines.push(`## ${list[0]!.target['qari:title']}`, '', list[0]!.target.source, '');
    for (const annotation of list) {
      lines.push(
        ...quoteOf(annotation)
          .exact.split('\n')
          .map((line) => `> ${line}`),
        '',
      );
      if (noteOf(annotation)) lines.push(noteOf(annotation), '');
      lines.push(`[${annotation.created.slice(0, 10)}](${passageLink(annotation)})`, '');
    }
  }
  return lines.join('\n');
}
