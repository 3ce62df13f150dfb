import 'server-only';
import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { alternatesFor } from './alternates';
import type { Article } from '../content/schema';
import { excerpt } from '../library/excerpt';
import { topicsOf } from '../library/library';
import { OG_SIZE } from '../og/ogSize';
import { ogImageHref } from '../og/ogImagePaths';
import { SITE_URL } from '../siteUrl';
import type { HistorySummary } from '../history/historySummary';

/** The description of an article in a UI language: the English summary for `en`, else the lead. */
export function articleDescription(article: Article, locale: Locale): string {
  const lead = article.sections[0]?.paragraphs[0] ?? '';
  // Search engines show about 160 characters of a description.
  return excerpt(locale === 'en' && article.summary ? (article.summary[0] ?? lead) : lead, 160);
}

export function articleMetadata(article: Article, locale: Locale): Metadata {
  const title = locale === 'en' ? article.headline.en : article.headline.ar;
  const description = articleDescription(article, locale);
  const url = getPathname({ locale, href: `/articles/${article.slug}` });
  return {
    metadataBase: SITE_URL,
    title,
    description,
    alternates: alternatesFor(locale, `/articles/${article.slug}`),
    authors: [{ name: article.author }],
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      locale: locale === 'ar' ? 'ar_AR' : 'en_US',
      alternateLocale: locale === 'ar' ? ['en_US'] : ['ar_AR'],
      authors: [article.author],
      tags: topicsOf(article).map((topic) => (locale === 'ar' ? topic.ar : topic.en)),
      ...(article.date ? { publishedTime: article.date } : {}),
      images: [{ url: ogImageHref(article.slug, locale), ...OG_SIZE, alt: title, type: 'image/png' }],
    },
    // X (Twitter) reads the title, description and image from og:* when its own tags are absent.
    twitter: { card: 'summary_large_image' },
  };
}

/** schema.org NewsArticle, for search engines; the article itself is always in Arabic. */
export function articleJsonLd(article: Article, history: HistorySummary, locale: Locale) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: locale === 'en' ? article.headline.en : article.headline.ar,
    alternativeHeadline: locale === 'en' ? article.headline.ar : article.headline.en,
    author: { '@type': 'Person', name: article.author },
    inLanguage: 'ar',
    description: articleDescription(article, locale),
    url: new URL(getPathname({ locale, href: `/articles/${article.slug}` }), SITE_URL).href,
    keywords: topicsOf(article).map((topic) => (locale === 'ar' ? topic.ar : topic.en)),
    ...(article.date ? { datePublished: article.date } : {}),
    ...(history.updated ? { dateModified: history.updated } : {}),
    // Each public correction, as schema.org's CorrectionComment (Google reads it on news articles).
    ...(history.corrections.length
      ? {
          correction: history.corrections.map(({ at, note }) => ({
            '@type': 'CorrectionComment',
            text: locale === 'en' && note.en ? note.en : note.ar,
            datePublished: at,
          })),
        }
      : {}),
    ...(article.source?.url ? { isBasedOn: article.source.url } : {}),
  };
}
