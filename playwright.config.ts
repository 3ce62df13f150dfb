import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_BUILD_ENV, E2E_SERVER_ENV } from './e2e/buildEnv.mjs';
import { launchOptions } from './e2e/helpers/launch';
import { local, PORTS } from './e2e/helpers/ports';

const devURL = local(PORTS.dev);
// `next dev` keeps its files apart from the production build's too.
const devEnv = { ...E2E_BUILD_ENV, QARI_DIST_DIR: '.next-dev-test', NEXT_TELEMETRY_DISABLED: '1' };
// The edge flows need Debian's nginx (.ci/run installs it).
const withEdge = !process.env.BASE_URL && existsSync('/usr/sbin/nginx');
// BASE_URL runs the flows against any deployed copy; then no local server starts.
const baseURL = process.env.BASE_URL ?? local(PORTS.app);

// A flow that behaves the same on a phone (server answers, headers, feeds, a second server of
// its own), or means something on a wide screen only, is tagged @desktop-only: the phone project
// skips it. One about a phone's width is tagged @phone-only. A whole file says it once, with a
// describe that carries the tag.

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One a core: three on this 2-core machine made every flow a third slower (10.6 min against
  // 11.3 for the whole run) and the throttled deep-link flows overran their time.
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The offline flows (offline, offline-update, publish, deep links offline, editor/noWorker)
    // allow the service worker and test it; elsewhere it would register and fill its caches in
    // every fresh context, mid-flow, for nothing the flow looks at.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: ['editor/**', 'edge/**'],
      grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone',
      testIgnore: ['editor/**', 'edge/**'],
      grepInvert: /@desktop-only/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
    // Editors' preview: `next dev` with live reload; only where the flows run locally.
    ...(process.env.BASE_URL
      ? []
      : [
          {
            name: 'editor',
            testMatch: 'editor/**/*.spec.ts',
            use: { ...devices['Desktop Chrome'], baseURL: devURL, launchOptions },
          },
        ]),
    ...(withEdge
      ? [
          {
            name: 'edge',
            testMatch: 'edge/**/*.spec.ts',
            use: { ...devices['Desktop Chrome'], baseURL: local(PORTS.edge), launchOptions },
          },
        ]
      : []),
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : [
        {
          // The build scripts/test/run.mjs made (`npm test`), served as `npm start` serves one:
          // without SITE_URL (Playwright adds its own environment, which may hold one), as the
          // README's deployment starts it, so pages must name the build's address by themselves.
          command: `env -u SITE_URL node lib/http/serve.mjs --port ${PORTS.app} --hostname 127.0.0.1`,
          url: `${baseURL}/ar`,
          env: E2E_SERVER_ENV,
          reuseExistingServer: false,
          timeout: 60_000,
        },
        {
          command: `npx next dev --port ${PORTS.dev} --hostname 127.0.0.1`,
          // Ready once /ar is compiled. Counting it ready at its first answer (/icon.svg) saved
          // ~15 s, but an editor flow then met a compilation under load ("Unexpected end of JSON
          // input" in Next's overlay), once in three runs.
          url: `${devURL}/ar`,
          env: devEnv,
          // The editor flows break an article on purpose; its expected errors are not news.
          stderr: 'ignore',
          reuseExistingServer: false,
          timeout: 120_000,
        },
        ...(withEdge
          ? [
              {
                command: `node deploy/edge.mjs ${PORTS.edge} ${PORTS.app}`,
                url: `${local(PORTS.edge)}/ar`,
                reuseExistingServer: false,
                timeout: 60_000,
              },
            ]
          : []),
      ],
});
