// One list of the security headers, for next.config.ts (every page and file) and for the answers
// the production server gives itself before Next sees a request (scripts/serve.mjs).

/**
 * No third-party origin anywhere. Scripts need 'unsafe-inline': Next streams each page's data
 * as inline scripts whose hashes differ per page, and per-request nonces would make every
 * page dynamic; everything else is locked down. 'wasm-unsafe-eval' lets the search engine
 * (Pagefind, our own file) compile its WebAssembly, and allows no JavaScript eval. Dev adds
 * what hot reload needs.
 * @param {boolean} production
 */
export function contentSecurityPolicy(production) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${production ? '' : " 'unsafe-eval'"}`,
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
