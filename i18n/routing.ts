import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  // Pages carry their own hreflang links (with x-default on /ar); a second set in a Link header
  // pointing x-default at an unprefixed redirect would contradict them.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** The UI direction of each locale; the article body is always Arabic, RTL. */
export const localeDirection: Record<Locale, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };
