// What an edge may keep of a page (and of anything that must follow a publish as pages do):
// 5 seconds, then its copy while it asks again, so a publish reaches readers through the edge
// within seconds with no purge, and the app servers see one request per address every 5 s at
// most. Serving stale while asking is the edge's (nginx's `proxy_cache_use_stale updating`; CDNs
// read CDN-Cache-Control, RFC 9213): in Cache-Control it would let browsers show a corrected
// article's old text for a day. Used by next.config.ts (pages) and the search route (a hit's text).
export const PAGE_CACHE_HEADERS = {
  'Cache-Control': 'public, max-age=0, s-maxage=5',
  'CDN-Cache-Control': 'max-age=5, stale-while-revalidate=86400, stale-if-error=86400',
};

// An address that is no page (Qari's 404, from the proxy's gate or npm start's guard): kept as
// long as a page, so an article published a moment later is not hidden for longer, never stale.
export const NOT_FOUND_CACHE_HEADERS = {
  'Cache-Control': 'public, max-age=0, s-maxage=5',
  'CDN-Cache-Control': 'max-age=5',
};
