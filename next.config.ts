import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { PAGE_CACHE_HEADERS } from './lib/http/pageCacheHeaders.mjs';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from './lib/http/securityHeaders.mjs';
import { siteUrlProblem } from './lib/siteUrl';

const production = process.env.NODE_ENV === 'production';
// One id per build: Next's BUILD_ID and the service worker's cache names (app/sw.js/route.ts).
const buildId = process.env.QARI_BUILD_ID || randomUUID();
// `next typegen` (npm run typecheck) loads this file as a production build does, but makes no
// pages: it needs no public address.
const typegen = process.argv.includes('typegen');
// The site's public origin, fixed by the build: written into every bundle (lib/siteUrl.ts), so
// pages rendered by `npm start` long after the build name it too, and recorded in the build's
// required-server-files.json, where `npm start` reads it (lib/http/builtSiteUrl.mjs). Checked
// in config() below; `npm run dev` and typegen name this machine.
const siteUrl = siteUrlProblem(process.env.SITE_URL) ? 'http://localhost:3000' : new URL(process.env.SITE_URL!).origin;

// Requests from Next's client router carry these headers and get a different answer (a
// payload, or a redirect to one): never publicly cacheable, or an edge would serve that
// answer to the next reader of the page.
const routerHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];

/**
 * Several app servers are one site when they share Next's cache (ISR pages, route answers, tags)
 * in Redis: REDIS_URL names it, read when the server starts. A maintained handler made for Next
 * 15/16 (listed by Next's self-hosting guide): revalidations reach every server over Redis
 * pub/sub, a Redis that does not answer in 500 ms is a cache miss (the page is rendered), not
 * an error. Keys are prefixed with the BUILD_ID: servers share pages only within one build, so
 * build once and copy the build to every server. Redis needs `notify-keyspace-events Exe` (the
 * handler follows evictions). Without REDIS_URL, Next's own cache on disk.
 */
const sharedCache: Pick<NextConfig, 'cacheHandler' | 'cacheMaxMemorySize'> = process.env.REDIS_URL
  ? { cacheHandler: path.resolve('lib/http/sharedCacheHandler.cjs'), cacheMaxMemorySize: 0 }
  : {};

// Tests and benchmarks build elsewhere, so they never replace the build `npm start` serves.
const distDir = process.env.QARI_DIST_DIR || '.next';

/**
 * Next adds the route types of the directory it builds into to the tsconfig it is given, so
 * each test or bench build added two lines to tsconfig.json. Those builds get a tsconfig of
 * their own beside it (`.next-test.tsconfig.json`, ignored by git) that extends the project's
 * and already lists their types: tsconfig.json names only `.next`, which `npm run typecheck` uses.
 */
function ownTsconfig(dir: string): string {
  const file = `${dir.replace(/[\\/]+$/, '')}.tsconfig.json`;
  const project = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { include: string[] };
  const include = [
    ...project.include.filter((pattern) => !pattern.startsWith('.next/')),
    `${dir}/types/**/*.ts`,
    `${dir}/dev/types/**/*.ts`,
  ];
  writeFileSync(file, `${JSON.stringify({ extends: './tsconfig.json', include }, null, 2)}\n`);
  return file;
}

const nextConfig: NextConfig = {
  ...sharedCache,
  distDir,
  typescript: distDir === '.next' ? {} : { tsconfigPath: ownTsconfig(distDir) },
  poweredByHeader: false,
  generateBuildId: () => buildId,
  env: { QARI_BUILD_ID: buildId, QARI_SITE_URL: siteUrl },
  // The site has no images to optimize; the optimizer endpoint is refused by lib/http/serve.mjs.
  images: { unoptimized: true },
  // The publish endpoint rebuilds the recent search index with Pagefind's own binary, and the
  // Open Graph route draws with sharp: both stay Node packages, not bundled.
  serverExternalPackages: ['pagefind', 'sharp'],
  // Next's own badge would sit over the text an editor is previewing; errors still open its overlay.
  devIndicators: false,
  // The e2e editor flows drive `next dev` at 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: {
    // The root layout lives under app/[locale]; this gives unmatched URLs a real 404 page.
    globalNotFound: true,
    // Prerendering is CPU-bound: a worker per core (Next's default leaves one core idle).
    cpus: Number(process.env.QARI_BUILD_WORKERS) || availableParallelism(),
    // All CSS in every page instead of each page's critical CSS (lib/http/criticalCss.mjs): only
    // for `npm run bench`, which measures the two and the blocking stylesheet in one run (issue 22).
    inlineCss: process.env.QARI_INLINE_CSS === 'on',
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(production) },
      // HSTS only where the answer went out over https (the edge sets X-Forwarded-Proto).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [STRICT_TRANSPORT_SECURITY],
      },
      // Pages: 5 s at an edge (lib/http/pageCacheHeaders.mjs). `/` depends on the visitor's
      // language, so the proxy marks it private.
      {
        source: '/:locale(ar|en)/:path*',
        headers: Object.entries(PAGE_CACHE_HEADERS).map(([key, value]) => ({ key, value })),
      },
      // The typefaces a reader may choose, named by their content (npm run fonts:subset).
      {
        source: '/fonts/:file*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      ...routerHeaders.map((key) => ({
        source: '/:path*',
        has: [{ type: 'header' as const, key }],
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'Vary', value: 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch' },
        ],
      })),
    ];
  },
};

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && !typegen) {
    const problem = siteUrlProblem(process.env.SITE_URL);
    if (problem) throw new Error(problem);
  }
  return withNextIntl(nextConfig);
}
