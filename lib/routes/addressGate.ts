import type { Params, RouteTable } from './routeTable';

/**
 * What the gate says of an address: let it through; send it to its plain form; 404; or, for a
 * path under no locale that no route answers, leave it to next-intl, which sends it to the
 * reader's locale (a private redirect), where the gate sees it again.
 */
export type Verdict =
  { kind: 'pass' } | { kind: 'redirect'; location: string } | { kind: 'notFound' } | { kind: 'localize' };

type Matcher = (segments: readonly string[]) => Params | null;

/**
 * A route pattern as a matcher over decoded segments: `[name]` takes one segment, `[...name]`
 * one or more, `[name].ext` one segment ending in `.ext`; anything else is itself.
 */
function matcherOf(pattern: string): Matcher {
  const parts = pattern.split('/').filter(Boolean);
  return (segments) => {
    const params: Params = {};
    for (const [index, part] of parts.entries()) {
      const rest = /^\[\.\.\.(\w+)\]$/.exec(part);
      if (rest) {
        if (index !== parts.length - 1 || segments.length <= index) return null;
        params[rest[1]!] = segments.slice(index);
        return params;
      }
      const segment = segments[index];
      if (segment === undefined) return null;
      const dynamic = /^\[(\w+)\](.*)$/.exec(part);
      if (!dynamic) {
        if (segment !== part) return null;
        continue;
      }
      const [, name, suffix = ''] = dynamic;
      if (segment.length <= suffix.length || !segment.endsWith(suffix)) return null;
      params[name!] = segment.slice(0, segment.length - suffix.length);
    }
    return segments.length === parts.length ? params : null;
  };
}

// Segment by segment, a static one before a dynamic one before a catch-all: the order in which
// Next picks the route for a path.
const ranks = (pattern: string) =>
  pattern
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith('[...') ? 2 : part.startsWith('[') ? 1 : 0));
function bySpecificity(a: string, b: string) {
  const [x, y] = [ranks(a), ranks(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The gate of a route table (lib/routes/routeTable.ts): what to do with a raw path. */
export function addressGate(
  table: RouteTable,
  locales: readonly string[],
  { checkExistence = true } = {},
): (rawPath: string) => Verdict {
  const routes = Object.entries(table)
    .sort(([a], [b]) => bySpecificity(a, b))
    .map(([pattern, exists]) => ({ pattern, match: matcherOf(pattern), exists: checkExistence ? exists : () => true }));
  const routeOf = (segments: readonly string[]) => {
    for (const route of routes) {
      const params = route.match(segments);
      if (params) return { ...route, params };
    }
    return null;
  };
  return (rawPath) => verdict(rawPath, routeOf, locales);
}

/**
 * Decodes a request's raw path once, as Next and next-intl will, and says what to do with it
 * before anything renders or writes to a cache: an address that exists, written plainly, goes
 * through; the same address written otherwise (percent-encoded letters, doubled or trailing
 * slashes) is sent to its plain form, which every wrapper of the server recognises; anything else
 * is a 404. So no address reaches a page or a cache unless it is one written exactly as the site
 * writes it.
 */
function verdict(
  rawPath: string,
  routeOf: (segments: readonly string[]) => { params: Params; exists: RouteTable[string] } | null,
  locales: readonly string[],
): Verdict {
  let segments: string[];
  try {
    segments = rawPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { kind: 'notFound' };
  }
  // No address of the site has a `/` or `\\` inside a segment (%2F, %5C): another would be
  // read into one (joined again by a catch-all) and sent to a form that is no page.
  if (segments.some((segment) => /[/\\]/.test(segment))) return { kind: 'notFound' };
  const route = routeOf(segments);
  // Under no locale and no other route: next-intl's to place (`/articles/x` → `/ar/articles/x`).
  const locale = route?.params.locale;
  if (!route || (typeof locale === 'string' && !locales.includes(locale))) return { kind: 'localize' };
  if (!route.exists(route.params, segments)) return { kind: 'notFound' };
  const plain = `/${segments.map(encodeURIComponent).join('/')}`;
  return plain === rawPath ? { kind: 'pass' } : { kind: 'redirect', location: plain };
}
