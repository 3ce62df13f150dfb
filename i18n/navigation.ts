import type { Locale } from './routing';

/**
 * The address of `href` in a UI language (every locale is prefixed: `/ar/...`, `/en/...`).
 * Not next-intl's createNavigation: importing it pulls its client Link, and with it the ICU
 * message runtime (~10 KiB gzipped), into every page, though pages only need this function.
 */
export function getPathname({ locale, href }: { locale: Locale; href: string }): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}
