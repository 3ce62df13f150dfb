import { ARABIC_TEXT_ATTRIBUTE } from '@/lib/tashkeel/tashkeel';

/**
 * The props of an element whose Arabic follows the tashkeel setting (the headline, headings and
 * paragraphs). The head script may hide its marks before React hydrates: React then keeps the
 * text shown (suppressHydrationWarning covers the element's own text, nothing else).
 */
export const ARABIC_TEXT = { [ARABIC_TEXT_ATTRIBUTE]: '', suppressHydrationWarning: true } as const;
