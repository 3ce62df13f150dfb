import type { MetadataRoute } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { knownPaths } from '@/lib/library/library';
import { SITE_URL } from '@/lib/siteUrl';

const absolute = (locale: (typeof routing.locales)[number], href: string) =>
  new URL(getPathname({ locale, href }), SITE_URL).href;

/** Every published page (library and topic pages, articles) in both UI languages, with alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const hrefs = [...knownPaths()].filter((href) => !href.endsWith('.xml'));
  return hrefs.flatMap((href) => {
    // Each address once per language, shared by its entries and their alternates: at 20,000
    // articles the sitemap has 46,000 entries, and a publish makes it again.
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absolute(locale, href)]));
    return routing.locales.map((locale) => ({ url: languages[locale]!, alternates: { languages } }));
  });
}
