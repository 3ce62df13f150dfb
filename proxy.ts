import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { listArticleSlugs } from './lib/content/loadArticles';

// Sends `/` and unprefixed paths to the visitor's locale: cookie, then Accept-Language, then `ar`.
const handleLocale = createMiddleware(routing);

const ARTICLE_PATH = /^\/(ar|en)\/articles\/([^/]+)$/;

/**
 * An article address whose slug is not published goes to the locale's 404 handler
 * (app/[locale]/[...rest]/route.ts), which renders on the server; Next's own 404 for an
 * unknown static param reaches the browser without its text (vercel/next.js#62228). This also
 * turns away near-duplicates of a real slug (a trailing space, U+2028, another case).
 */
function unknownArticle(request: NextRequest): NextResponse | null {
  const match = ARTICLE_PATH.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, locale, slug] = match;
  if (listArticleSlugs().includes(decodeURIComponent(slug!))) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}/not-found`;
  return NextResponse.rewrite(url);
}

export default function proxy(request: NextRequest) {
  const missing = unknownArticle(request);
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
