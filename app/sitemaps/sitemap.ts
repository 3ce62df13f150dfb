import type { MetadataRoute } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { lastModified, sitemapParts } from '@/lib/library/sitemapParts';
import { SITE_URL } from '@/lib/siteUrl';

const absolute = (locale: (typeof routing.locales)[number], href: string) =>
  new URL(getPathname({ locale, href }), SITE_URL).href;

/** One part per month of articles, and one of list pages (lib/library/sitemapParts.ts). */
export function generateSitemaps() {
  return [...sitemapParts().keys()].map((id) => ({ id }));
}

/** A part of the sitemap: its pages in both UI languages, each with its alternates. */
export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const hrefs = sitemapParts().get(await id) ?? [];
  return hrefs.flatMap((href) => {
    // Each address once per language, shared by its entries and their alternates.
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absolute(locale, href)]));
    const changed = lastModified().get(href);
    return routing.locales.map((locale) => ({
      url: languages[locale]!,
      ...(changed ? { lastModified: changed } : {}),
      alternates: { languages },
    }));
  });
}
