import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import type { Locale } from '@/i18n/routing';
import { errorDocument } from './errorDocument.mjs';
import { NOT_FOUND_CACHE_HEADERS } from './pageCacheHeaders.mjs';
import { contentSecurityPolicy } from './securityHeaders.mjs';

const MESSAGES = { ar, en } as const;

/**
 * The localized 404 page as one complete HTML document: readable without JavaScript, by
 * crawlers and by curl. (A `notFound()` thrown while rendering a page reaches the browser as
 * an empty `<html id="__next_error__">` whose text only JavaScript shows: vercel/next.js#62228.)
 */
export function notFoundDocument(locale: Locale): string {
  return errorDocument(locale, MESSAGES[locale], MESSAGES[locale].NotFound);
}

/** A 404 answer carrying that page: no script to allow, kept by an edge a few seconds. */
export function notFoundResponse(locale: Locale): Response {
  return new Response(notFoundDocument(locale), {
    status: 404,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ...NOT_FOUND_CACHE_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(true, []),
    },
  });
}
