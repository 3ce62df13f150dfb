import { describe, expect, it } from 'vitest';
import { addressGate } from './addressGate';
import type { RouteTable } from './routeTable';

// A small table in the shape of the real one: what exists is listed, nothing else.
const KNOWN = new Set(['/', '/articles/nato-rutte', '/page/2']);
const table: RouteTable = {
  '/': () => true,
  '/[locale]': (_, [, ...rest]) => KNOWN.has(`/${rest.join('/')}`),
  '/[locale]/articles/[slug]': (_, [, ...rest]) => KNOWN.has(`/${rest.join('/')}`),
  '/[locale]/page/[page]': (_, [, ...rest]) => KNOWN.has(`/${rest.join('/')}`),
  '/[locale]/[...rest]': () => false,
  '/og/[file]': ({ file }) => file === 'nato-rutte.ar.png',
  '/sitemaps/sitemap/[id].xml': ({ id }) => id === '2025-10',
  '/search-index/[...file]': ({ file }) => Array.isArray(file) && file.join('/') === 'recent/abc/entry.json',
  '/robots.txt': () => true,
};
const gate = addressGate(table, ['ar', 'en']);

describe('addressGate', () => {
  it.each([
    '/',
    '/ar',
    '/en/articles/nato-rutte',
    '/ar/page/2',
    '/og/nato-rutte.ar.png',
    '/sitemaps/sitemap/2025-10.xml',
    '/search-index/recent/abc/entry.json',
    '/robots.txt',
  ])('lets %s through', (path) => expect(gate(path)).toEqual({ kind: 'pass' }));

  it.each([
    // Percent-encoded letters, in the locale and in the slug; doubled and trailing slashes.
    ['/%61r/articles/nato-rutte', '/ar/articles/nato-rutte'],
    ['/ar/articles/nato%2Drutte', '/ar/articles/nato-rutte'],
    ['/ar/articles/%6E%61%74%6F-rutte', '/ar/articles/nato-rutte'],
    ['//ar//page/2/', '/ar/page/2'],
    ['/og/nato-rutte.ar%2Epng', '/og/nato-rutte.ar.png'],
  ])('sends %s to its plain form %s', (path, location) => expect(gate(path)).toEqual({ kind: 'redirect', location }));

  it.each([
    '/ar/articles/unknown',
    '/%61r/articles/unknown',
    // Double encoding decodes once, as Next does: %2561 is "%61", not "a".
    '/ar/articles/n%2561to-rutte',
    '/ar/articles/nato-rutte.',
    '/ar/articles/NATO-RUTTE',
    '/ar/articles/nato-rutte/extra',
    `/ar/articles/${'a'.repeat(5000)}`,
    '/ar/articles/%E0%A4%A',
    '/ar/articles/%FF',
    '/ar/page/3',
    '/en/whatever/feed.xml',
    '/og/nato-rutte.fr.png',
    '/og/unknown.ar.png',
    '/sitemaps/sitemap/anything.xml',
    '/search-index/recent/other/entry.json',
    // An encoded slash or backslash inside a segment: never one of the site's addresses.
    '/ar/articles%2fnato-rutte',
    '/ar/articles%5Cnato-rutte',
    '/search-index/recent%2Fabc/entry.json',
  ])('answers a 404 to %#', (path) => expect(gate(path)).toEqual({ kind: 'notFound' }));

  it.each([
    '/articles/nato-rutte',
    '/sitemaps/sitemap/2025-10.json',
    '/fr/articles/nato-rutte',
    '/AR/articles/nato-rutte',
    '/x.html',
    '/%2e%2e/etc',
  ])('leaves %s, under no locale, to next-intl', (path) => expect(gate(path)).toEqual({ kind: 'localize' }));

  it('prefers a static segment to a dynamic one, as Next does', () => {
    const picky = addressGate({ '/[locale]/[slug]': () => true, '/og/[file]': () => false }, ['ar']);
    // `og` is not a locale: were [locale] tried first, this would be left to next-intl.
    expect(picky('/og/x')).toEqual({ kind: 'notFound' });
  });
});
