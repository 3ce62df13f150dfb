import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The e2e editor flows drive `next dev` at 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // The root layout lives under app/[locale]; this gives unmatched URLs a real 404 page.
    globalNotFound: true,
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
