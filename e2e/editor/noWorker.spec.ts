import { expect, test } from '@playwright/test';
import { hydrated } from '../helpers/ready';

// This flow is about the service worker: it runs with it (elsewhere it is blocked).
test.use({ serviceWorkers: 'allow' });

// Development never answers an editor from a cache: no service worker in `next dev`.
test('next dev serves no service worker and registers none', async ({ page, request }) => {
  expect((await request.get('/sw.js')).status()).toBe(404);
  await page.goto('/ar');
  // The page's islands have run their effects, the one that registers a worker in production too.
  await hydrated(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
