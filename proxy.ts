import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing, type Locale } from './i18n/routing';
import { notFoundResponse } from './lib/http/notFoundDocument';
import { addressGate } from './lib/routes/addressGate';
import { ROUTE_TABLE } from './lib/routes/routeTable';

// Sends `/` and unprefixed paths to the visitor's locale: cookie, then Accept-Language, then `ar`.
const handleLocale = createMiddleware(routing);
const production = process.env.NODE_ENV === 'production';
// In development every address is taken to exist: each page decides for itself, so an editor's
// broken or unfinished article still reaches its own error page.
const gate = addressGate(ROUTE_TABLE, routing.locales, { checkExistence: production });

/**
 * Every address passes the gate first (lib/routes/addressGate.ts, from the route table): one
 * that does not exist gets the 404 page here, before anything renders, draws or writes a cache
 * entry; an encoded form of one that does is sent to its plain form.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const verdict = gate(pathname);
  if (production) {
    if (verdict.kind === 'notFound') return notFoundResponse(localeOf(pathname));
    if (verdict.kind === 'redirect') {
      const plain = request.nextUrl.clone();
      plain.pathname = verdict.location;
      return NextResponse.redirect(plain, 308);
    }
  }
  const compare = compareAddress(request);
  if (compare) {
    // A pair that does not exist is a 404 here, not a redirect to one.
    if (production && gate(compare.pathname).kind !== 'pass') return notFoundResponse(localeOf(pathname));
    return NextResponse.redirect(compare, 308);
  }
  // Files and endpoints are their routes' own; pages and unprefixed paths are next-intl's.
  if (verdict.kind !== 'localize' && !isPage(pathname)) return NextResponse.next();
  const response = handleLocale(request);
  // A redirect chosen by cookie and Accept-Language must never be shared by a cache.
  if (response.headers.has('location')) response.headers.set('Cache-Control', 'private, no-store');
  // Pages are the same for everyone, so an edge may cache them: no Set-Cookie on them. The
  // language cookie is written by the language switch instead, when the reader chooses.
  else response.headers.delete('set-cookie');
  return response;
}

/**
 * The history page's form (no JavaScript) asks `…/history?from=1&to=3`: sent to that pair's own
 * page, which is made once and cached like any page. Null for any other request.
 */
function compareAddress(request: NextRequest): URL | null {
  const { pathname, searchParams } = request.nextUrl;
  if (!/^\/(ar|en)\/articles\/[a-z0-9-]+\/history$/.test(pathname)) return null;
  const [from, to] = ['from', 'to'].map((name) => Number(searchParams.get(name)));
  if (!Number.isInteger(from) || !Number.isInteger(to) || !from || !to) return null;
  // The pair, older first; the same version twice is the history itself.
  const url = request.nextUrl.clone();
  url.search = '';
  if (from !== to) url.pathname = `${pathname}/${Math.min(from, to)}/${Math.max(from, to)}`;
  return url;
}

/** `/` and the addresses under a locale: next-intl's (the rest are files and endpoints). */
const isPage = (pathname: string) => pathname === '/' || /^\/(ar|en)(\/|$)/.test(pathname);

/** The language of a 404: the locale the path is under, else the default. */
function localeOf(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return (routing.locales as readonly string[]).includes(first) ? (first as Locale) : routing.defaultLocale;
}

export const config = {
  // Every address but Next's own build files (/_next/…, answered from the build or not at all).
  matcher: ['/((?!_next/).*)'],
};
