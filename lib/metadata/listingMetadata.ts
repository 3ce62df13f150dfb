import 'server-only';
import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { alternatesFor } from './alternates';
import { SITE_URL } from '@/lib/siteUrl';

/** Title, canonical and language alternates of a list page, and its Atom feed for readers to follow. */
export function listingMetadata(
  locale: Locale,
  title: string,
  href: string,
  feed: { href: string; title: string },
): Metadata {
  return {
    metadataBase: SITE_URL,
    title,
    alternates: {
      ...alternatesFor(locale, href),
      types: { 'application/atom+xml': [{ url: getPathname({ locale, href: feed.href }), title: feed.title }] },
    },
  };
}
