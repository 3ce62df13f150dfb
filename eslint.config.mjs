import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Qari's pages are static, edge-cached documents linked with plain <a> on purpose
    // (see components/site/LocaleLink.tsx): Back must restore a section's #id entry.
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    '**/.next/**',
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
