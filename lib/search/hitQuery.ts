import { normalizeForSearch } from './normalize';

// What one request for hits' sections may ask, at most: the browser asks for one page of hits
// (8, lib/search/searchEngine.ts) and a query of a few words. Anything beyond is not looked at,
// so a request's work is bounded whatever its query string holds.
export const MAX_HITS = 8;
export const MAX_TERMS = 8;
const MAX_QUERY = 200;
const MAX_SLUG = 100;
const SLUG = /^[a-z0-9-]+$/;

/**
 * The slugs and normalised words of `text.json?slugs=<a,b,…>&q=<query>`, capped: the first
 * MAX_HITS slugs, in their places (the answers line up with the hits; a malformed one is null),
 * and the first MAX_TERMS distinct words. The caller looks each distinct slug up once.
 */
export function hitQuery(params: URLSearchParams): { slugs: (string | null)[]; terms: string[] } {
  const slugs = (params.get('slugs') ?? '')
    .slice(0, MAX_HITS * (MAX_SLUG + 1))
    .split(',')
    .filter(Boolean)
    .slice(0, MAX_HITS)
    .map((slug) => (slug.length <= MAX_SLUG && SLUG.test(slug) ? slug : null));
  const terms = [...new Set(normalizeForSearch((params.get('q') ?? '').slice(0, MAX_QUERY)).split(' '))]
    .filter(Boolean)
    .slice(0, MAX_TERMS);
  return { slugs, terms };
}
