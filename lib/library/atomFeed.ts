import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ArticleEntry } from '@/lib/content/articleEntry';
import type { Topic } from '@/lib/content/topics';
import { SITE_URL } from '@/lib/siteUrl';
import { excerpt } from './excerpt';
import { articleHref } from './paths';

/** Entries in a feed: the newest articles, enough for a reader who checks weekly. */
export const FEED_SIZE = 50;

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const absolute = (locale: Locale, href: string) => new URL(getPathname({ locale, href }), SITE_URL).href;
const timestamp = (date: string) => `${date}T00:00:00Z`;
/** A moment with its offset (a correction's time) as Atom's UTC date-time, to the second. */
const instant = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

interface Feed {
  locale: Locale;
  title: string;
  /** The list page the feed follows, and the feed's own address (without the locale). */
  pageHref: string;
  feedHref: string;
  articles: ArticleEntry[];
  topicsOf: (article: ArticleEntry) => Topic[];
}

function entry(locale: Locale, article: ArticleEntry, topics: Topic[], updated: string): string {
  const english = locale === 'en';
  const title = english ? article.headline.en : article.headline.ar;
  const summary = english && article.summary ? article.summary.join(' ') : excerpt(article.lead, 400);
  const lang = english && article.summary ? 'en' : 'ar';
  const url = absolute(locale, articleHref(article.slug));
  const when = article.date ? timestamp(article.date) : updated;
  // A correction moves the entry's <updated>: feed readers show it again, marked as changed.
  const changed = article.history.updated ? instant(article.history.updated) : when;
  return [
    '<entry>',
    `<id>${xml(url)}</id>`,
    `<title xml:lang="${english ? 'en' : 'ar'}">${xml(title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xml(url)}"/>`,
    `<updated>${changed}</updated>`,
    ...(article.date ? [`<published>${when}</published>`] : []),
    `<author><name xml:lang="ar">${xml(article.author)}</name></author>`,
    ...topics.map((topic) => `<category term="${xml(topic.slug)}" label="${xml(english ? topic.en : topic.ar)}"/>`),
    `<summary xml:lang="${lang}">${xml(summary)}</summary>`,
    '</entry>',
  ].join('');
}

/**
 * An Atom 1.0 feed (RFC 4287) of the newest published articles, in a UI language: Arabic
 * headlines and the start of the lead for `ar`, English headlines and summaries for `en`.
 * Every address is absolute, on SITE_URL. Undated articles carry the feed's own date.
 */
export function atomFeed({ locale, title, pageHref, feedHref, articles, topicsOf }: Feed): string {
  const newest = articles.slice(0, FEED_SIZE);
  const dates = newest.flatMap((article) => (article.date ? [timestamp(article.date)] : [])).sort();
  const corrected = newest.flatMap((article) => (article.history.updated ? [instant(article.history.updated)] : []));
  // The feed changed when its newest article was published or any of its articles corrected.
  const updated = [...dates, ...corrected].sort().at(-1) ?? timestamp('2026-01-01');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${xml(absolute(locale, feedHref))}</id>`,
    `<title>${xml(title)}</title>`,
    `<link rel="self" type="application/atom+xml" href="${xml(absolute(locale, feedHref))}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(absolute(locale, pageHref))}"/>`,
    `<updated>${updated}</updated>`,
    ...newest.map((article) => entry(locale, article, topicsOf(article), updated)),
    '</feed>',
    '',
  ].join('\n');
}

export function atomResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
