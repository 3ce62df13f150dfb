import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';
import type { Article } from './content/schema';
import { SITE_URL } from './siteUrl';

/** Canonical and hreflang links for a page that exists in every UI language. */
export function alternatesFor(locale: Locale, href: string): Metadata['alternates'] {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ locale: l, href })]));
  return {
    canonical: getPathname({ locale, href }),
    languages: { ...languages, 'x-default': getPathname({ locale: routing.defaultLocale, href }) },
  };
}

function clip(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export function articleMetadata(article: Article, locale: Locale): Metadata {
  const english = locale === 'en';
  const lead = article.sections[0]?.paragraphs[0] ?? '';
  return {
    metadataBase: SITE_URL,
    title: english ? article.headline.en : article.headline.ar,
    description: clip(english && article.summary ? (article.summary[0] ?? lead) : lead),
    alternates: alternatesFor(locale, `/articles/${article.slug}`),
  };
}
