import { z } from 'zod';
import { ANNOTATION_CONTEXT, RFC3986 } from './webAnnotation';

// What an exported file must hold to be imported: W3C Web Annotations as Qari writes them
// (lib/annotations/annotation.ts), each checked whole. Only the highlights page loads this.

// zod compiles its checks with `new Function` when it may: the pages' policy allows no eval,
// and the attempt alone would be reported as a violation.
z.config({ jitless: true });

/** Far beyond a reader's own (an export of 200 is 200 kB): a file past these is not one of ours. */
const MAX_FILE = 20_000_000;
const MAX_ITEMS = 20_000;

const MAX_TEXT = 5000;

const QuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_TEXT),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
});
const PositionSelector = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const AnnotationSchema = z.strictObject({
  '@context': z.literal(ANNOTATION_CONTEXT),
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  body: z
    .array(
      z.strictObject({
        type: z.literal('TextualBody'),
        value: z.string().min(1).max(MAX_TEXT),
        format: z.literal('text/plain'),
      }),
    )
    .max(1)
    .optional(),
  target: z.strictObject({
    /** The article's address (its Arabic page). */
    source: z.url(),
    'qari:slug': z.string().regex(/^[a-z0-9-]+$/),
    /** The article's headline, for the list of highlights. */
    'qari:title': z.string().max(500),
    /** The content hash of the version highlighted (the page's `data-version`). */
    'qari:version': z.string().max(100),
    /** The article's Arabic, or a section's English summary. */
    'qari:part': z.enum(['text', 'summary']),
    selector: z.strictObject({
      type: z.literal('FragmentSelector'),
      conformsTo: z.literal(RFC3986),
      value: z.string().regex(/^[a-z0-9-]+$/),
      refinedBy: z.tuple([QuoteSelector, PositionSelector]),
    }),
  }),
});

/** A reader's highlight or note, as this schema accepts it (lib/annotations/annotation.ts makes them). */
export type Annotation = z.infer<typeof AnnotationSchema>;

/**
 * The annotations a file holds, or why it holds none: a JSON array of annotations as exported
 * (or one annotation). Every item is checked; one malformed item refuses the whole file.
 */
/** Why a file of `size` bytes (or characters) is not read at all, if it is too large to be an export. */
export const sizeProblem = (size: number) => (size > MAX_FILE ? `larger than ${MAX_FILE / 1_000_000} MB` : null);

export function parseExport(text: string): { annotations: Annotation[] } | { error: string } {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return { error: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'not JSON' };
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length > MAX_ITEMS) return { error: `more than ${MAX_ITEMS} annotations` };
  const annotations: Annotation[] = [];
  for (const [index, item] of items.entries()) {
    const parsed = AnnotationSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { error: `item ${index + 1}: ${issue.path.join('.') || 'annotation'}: ${issue.message}` };
    }
    annotations.push(parsed.data);
  }
  return { annotations };
}
