import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Sends `/` and unprefixed paths to the visitor's locale: cookie, then Accept-Language, then `ar`.
export default createMiddleware(routing);

export const config = {
  // Skips Next internals and files with an extension (fonts, icons, robots.txt, sitemap.xml).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
