// One list of the security headers, for next.config.ts (every page and file) and for the answers
// the production server gives itself before Next sees a request (lib/http/serve.mjs).

/**
 * No third-party origin anywhere. A page's inline scripts (Next's data for React, the
 * preferences script) are allowed by their hashes, which differ per page: the server sends each
 * page its own list (`scriptHashes`, lib/http/pageCsp.mjs, as the page is sent). Without that
 * list (any other answer) no inline script runs at all: never 'unsafe-inline', except in
 * development, where hot reload needs it. Per-request nonces instead would make every page
 * dynamic. 'wasm-unsafe-eval' lets the search engine (Pagefind, our own file) compile its
 * WebAssembly, and allows no JavaScript eval.
 * @param {boolean} production
 * @param {string[]} [scriptHashes] `sha256-…` of every inline script the page runs
 */
export function contentSecurityPolicy(production, scriptHashes) {
  const inline = scriptHashes ? scriptHashes.map((hash) => `'${hash}'`) : production ? [] : ["'unsafe-inline'"];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inline, "'wasm-unsafe-eval'", ...(production ? [] : ["'unsafe-eval'"])].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${production ? '' : ' ws:'}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @param {boolean} production @returns {{ key: string, value: string }[]} */
export function securityHeaders(production) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(production) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

/** Sent only on answers that went out over https (the edge says so in X-Forwarded-Proto). */
export const STRICT_TRANSPORT_SECURITY = {
  key: 'Strict-Transport-Security',
  value: 'max-age=31536000; includeSubDomains',
};
