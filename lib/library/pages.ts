/** Articles on one library or topic page: a screenful or two of cards on a phone. */
export const PAGE_SIZE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** One page of `items`, or null past the end (an empty list still has its page 1). */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> | null {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return null;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount: count };
}

/** The page numbers that have an address of their own: page 1 lives at the list's root. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}
