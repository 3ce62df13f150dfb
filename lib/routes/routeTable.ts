import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { knownPaths } from '@/lib/library/library';
import { articleHref } from '@/lib/library/paths';
import { sitemapParts } from '@/lib/library/sitemapParts';
import { parseOgImageFile } from '@/lib/og/ogImagePaths';
import { changedSinceBuild } from '@/lib/search/recentIndex';
import { recentIndexDir, searchIndexDir } from '@/lib/search/searchIndexDir';
import { RECENT_MANIFEST, RECENT_PREFIX, SHARDS_MANIFEST, TEXT_FILE } from '@/lib/search/searchIndexUrls';

/** A route's dynamic segments as the address gives them, decoded. */
export type Params = Record<string, string | string[]>;
/** Whether the address a route would answer exists, from its params and its whole path (decoded segments). */
type Exists = (params: Params, segments: readonly string[]) => boolean;
/** Route patterns, as Next names them, and how to tell whether an address of each exists. */
export type RouteTable = Record<string, Exists>;

const always: Exists = () => true;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** Any page, feed or list under a locale: what the content index says a reader can reach. */
const underLocale: Exists = (_params, [locale = '', ...rest]) =>
  hasLocale(routing.locales, locale) && knownPaths().has(`/${rest.join('/')}`);
const published = (slug: string) => knownPaths().has(articleHref(slug));

const SAFE_FILE = /^[A-Za-z0-9_.-]+$/;
/** The search index's files: the build's base index, the recent index a publish writes, the answers made on request. */
const searchIndexFile: Exists = ({ file }) => {
  const parts = Array.isArray(file) ? file : [];
  if (!parts.length || !parts.every((part) => SAFE_FILE.test(part) && part !== '.' && part !== '..')) return false;
  const name = parts.join('/');
  if (name === TEXT_FILE || name === RECENT_MANIFEST || name === SHARDS_MANIFEST) return true;
  const [first, folder, ...inside] = parts;
  if (first === RECENT_PREFIX) {
    // The recent index this server holds, or the one the content now calls for (another
    // server's publish named it in its manifest; the route writes it here on first request).
    const onDisk = existsSync(path.join(/*turbopackIgnore: true*/ recentIndexDir(), ...parts.slice(1)));
    return onDisk || (folder === changedSinceBuild().name && inside.length > 0);
  }
  return existsSync(path.join(/*turbopackIgnore: true*/ searchIndexDir(), ...parts));
};

let fonts: Set<string> | null = null;
/** The typefaces in public/fonts, fixed per build (npm run fonts:subset). */
const fontFile: Exists = ({ file }) => {
  fonts ??= new Set(readdirSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'fonts')));
  return fonts.has(one(file));
};

/**
 * Every address Qari answers, by the route that answers it (the folders of app/ and the files
 * of public/, as Next names them), with how to tell whether one exists — asked before anything
 * renders, draws or writes to a cache (lib/routes/addressGate.ts). An address no entry matches
 * does not exist: a route added to app/ answers nothing until it is listed here, and
 * lib/routes/routeTable.test.ts fails until it is.
 */
export const ROUTE_TABLE: RouteTable = {
  // next-intl sends `/` to the reader's locale.
  '/': always,
  '/[locale]': underLocale,
  '/[locale]/articles/[slug]': underLocale,
  '/[locale]/articles/[slug]/history': underLocale,
  '/[locale]/articles/[slug]/history/[from]/[to]': underLocale,
  '/[locale]/page/[page]': underLocale,
  '/[locale]/topics/[topic]': underLocale,
  '/[locale]/topics/[topic]/page/[page]': underLocale,
  '/[locale]/feed.xml': underLocale,
  '/[locale]/topics/[topic]/feed.xml': underLocale,
  '/[locale]/offline': underLocale,
  '/[locale]/highlights': underLocale,
  // Answers every other address under a locale with the 404 page: never reached past the gate.
  '/[locale]/[...rest]': underLocale,
  '/og/[file]': ({ file }) => {
    const asked = parseOgImageFile(one(file));
    return !!asked && published(asked.slug);
  },
  '/glossary/[file]': ({ file }) => /^[a-z0-9-]+\.json$/.test(one(file)) && published(one(file).slice(0, -5)),
  '/search-index/[...file]': searchIndexFile,
  '/sitemap.xml': always,
  '/sitemaps/sitemap/[id].xml': ({ id }) => sitemapParts().has(one(id)),
  '/robots.txt': always,
  '/sw.js': always,
  '/icon.svg': always,
  '/api/publish': always,
  '/api/content-events': always,
  '/fonts/[file]': fontFile,
};
