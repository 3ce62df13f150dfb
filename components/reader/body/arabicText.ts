/**
 * The props of an element whose Arabic follows the tashkeel setting (lib/tashkeel: the headline,
 * headings and paragraphs, found by their classes). The head script may hide its marks before
 * React hydrates: React then keeps the text shown (suppressHydrationWarning covers the
 * element's own text, nothing else).
 */
export const ARABIC_TEXT = { suppressHydrationWarning: true } as const;
