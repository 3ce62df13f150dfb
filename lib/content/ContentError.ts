/** A problem in a content file, reported as `file:line[:column]: message` so editors can jump to it. */
export class ContentError extends Error {
  /** The section the problem is in, when the parse could tell (`summary`: the article summary). */
  section?: string;

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** Every problem found in an article's files at once, one `file:line: reason` per line. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.name = 'ContentError';
  }
}

/** Throws what was collected: nothing, the one problem, or all of them together. */
export function throwCollected(errors: ContentError[]) {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
}

/** The problems an error carries, or none when it is not about content. */
export function contentErrorsOf(error: unknown): ContentError[] {
  if (error instanceof ContentErrors) return error.errors;
  if (error instanceof ContentError) return [error];
  return [];
}
