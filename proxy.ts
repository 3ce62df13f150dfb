import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

// Sends `/` and unprefixed paths to the visitor's locale: cookie, then Accept-Language, then `ar`.
const handleLocale = createMiddleware(routing);

// A NUL or other control character has no place in a URL of this site (`%00` would otherwise
// be normalised away and land on a real page).
const CONTROL_CHARACTER = /%(?:0[0-9a-f]|1[0-9a-f]|7f)/i;

export default function proxy(request: NextRequest) {
  // Every page is static: reading is all there is, so other methods are refused outright.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  if (CONTROL_CHARACTER.test(request.nextUrl.pathname)) return new NextResponse('Bad Request', { status: 400 });

  const response = handleLocale(request);
  // A redirect chosen by cookie and Accept-Language must never be shared by a cache.
  if (response.headers.has('location')) response.headers.set('Cache-Control', 'private, no-store');
  // Pages are the same for everyone, so an edge may cache them: no Set-Cookie on them. The
  // language cookie is written by the language switch instead, when the reader chooses.
  else response.headers.delete('set-cookie');
  return response;
}

export const config = {
  // Skips Next internals and files with an extension (fonts, icons, robots.txt, sitemap.xml).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
