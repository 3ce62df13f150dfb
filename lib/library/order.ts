/**
 * The library's order: newest first by `date`; undated articles after every dated one. Ties
 * (same date, or both undated) go by slug, A to Z, so the order never changes between builds.
 */
export function newestFirst<T extends { date?: string; slug: string }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.date !== b.date) {
      if (!a.date) return 1;
      if (!b.date) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
  });
}
