/** One problem in a content file, shown as `file:line[:column]: reason` so editors can jump to it. */
export class ContentProblem {
  /** The section the problem is in, when the parse could tell (`summary`: the article summary). */
  section?: string;
  readonly message: string;

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
    readonly column?: number,
  ) {
    this.message = `${file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}: ${reason}`;
  }
}

const NAME = 'ContentError';

/**
 * Content that does not load, with every problem found in it (one or many), one
 * `file:line: reason` per line of its message. The only error content code throws.
 */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map((problem) => problem.message).join('\n'));
    this.name = NAME;
  }

  /** A content error of one problem. */
  static at(file: string, line: number | undefined, reason: string, column?: number): ContentError {
    return new ContentError([new ContentProblem(file, line, reason, column)]);
  }
}

/**
 * The one rule for telling a content error apart, on the server and in an error boundary alike:
 * by its name, because what reaches a client error boundary is a copy of the error (name and
 * message), not the instance, so `instanceof` cannot work there.
 */
export function isContentError(error: unknown): error is Error & Partial<Pick<ContentError, 'problems'>> {
  return error instanceof Error && error.name === NAME;
}

/** The problems a content error carries; none when the error is not about content. */
export function problemsOf(error: unknown): ContentProblem[] {
  return isContentError(error) ? (error.problems ?? []) : [];
}

/** Throws what was collected, all of it at once; nothing when nothing was. */
export function throwCollected(problems: ContentProblem[]) {
  if (problems.length) throw new ContentError(problems);
}
