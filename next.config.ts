import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const production = process.env.NODE_ENV === 'production';

/**
 * No third-party origin anywhere. Scripts need 'unsafe-inline': Next streams each page's data
 * as inline scripts whose hashes differ per page, and per-request nonces would make every
 * page dynamic; everything else is locked down. Dev adds what hot reload needs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self'${production ? '' : ' ws:'}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The e2e editor flows drive `next dev` at 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // The root layout lives under app/[locale]; this gives unmatched URLs a real 404 page.
    globalNotFound: true,
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Prerendered pages: an edge cache keeps them an hour and serves a stale copy for a day
      // while it refetches. `/` depends on the visitor's language, so the proxy marks it private.
      {
        source: '/:locale(ar|en)/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=0, s-maxage=3600, stale-while-revalidate=86400' }],
      },
    ];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
