import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing, type Locale } from './i18n/routing';
import { notFoundResponse } from './lib/http/notFoundDocument';
import { knownPaths } from './lib/library/library';

// Sends `/` and unprefixed paths to the visitor's locale: cookie, then Accept-Language, then `ar`.
const handleLocale = createMiddleware(routing);

const LOCALE_PATH = /^\/(ar|en)(\/.*)?$/;

/**
 * An address under a locale that no page has (an unknown article, topic or page number, a
 * near-duplicate of a real slug with a trailing space, U+2028 or another case) is answered
 * here with the locale's 404 page, rendered on the server, as app/[locale]/[...rest]/route.ts
 * answers the paths no route matches. Next's own 404 for an unknown static param reaches the
 * browser without its text (vercel/next.js#62228). In development every page decides for
 * itself, so an editor's broken article still reaches its own error page.
 */
function unknownAddress(request: NextRequest): Response | null {
  if (process.env.NODE_ENV !== 'production') return null;
  const match = LOCALE_PATH.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, locale, rest = '/'] = match;
  let path: string;
  try {
    path = decodeURIComponent(rest);
  } catch {
    path = rest;
  }
  // Computed again only when a publish changed the content (lib/library/library.ts).
  return knownPaths().has(path) ? null : notFoundResponse(locale as Locale);
}

export default function proxy(request: NextRequest) {
  const missing = unknownAddress(request);
  if (missing) return missing;
  const response = handleLocale(request);
  // A redirect chosen by cookie and Accept-Language must never be shared by a cache.
  if (response.headers.has('location')) response.headers.set('Cache-Control', 'private, no-store');
  // Pages are the same for everyone, so an edge may cache them: no Set-Cookie on them. The
  // language cookie is written by the language switch instead, when the reader chooses.
  else response.headers.delete('set-cookie');
  return response;
}

export const config = {
  // Skips Next internals and files with an extension (fonts, icons, robots.txt, sitemap.xml),
  // but not addresses under a locale, whose last part may contain a dot.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/(ar|en)/:path*'],
};
