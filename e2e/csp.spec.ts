import { expect, test } from '@playwright/test';
import { cspViolations, expectScriptsByHash, watchCspViolations } from './helpers/csp';
import { ReaderPage, SEED_SLUG } from './helpers/ReaderPage';
import { E2E_BUILD_ENV } from './buildEnv.mjs';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // Every page allows exactly its own inline scripts, by hash: no 'unsafe-inline'.
  const PAGES = [
    `/ar/articles/${SEED_SLUG}`,
    `/en/articles/${SEED_SLUG}`,
    '/ar',
    '/en/page/2',
    '/ar/topics/nato',
    '/ar/offline',
  ];

  for (const path of PAGES) {
    test(`${path} allows its inline scripts by hash, and no other`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectScriptsByHash(response.headers()['content-security-policy']);
    });
  }

  test('the reader runs under its policy without a single violation', async ({ page }) => {
    await watchCspViolations(page);
    const reader = await new ReaderPage(page, 'en').open();
    // Hydrated and interactive: the toggle, the navigator, the search engine (WebAssembly).
    await reader.summaryToggle.click();
    await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('searchbox').fill('Rutte');
    await expect(page.locator('#site-search-results a').first()).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });

  test('a script injected into a page never runs: the policy hashes only the scripts Qari and Next write', async ({
    page,
    request,
  }) => {
    test.skip(!!process.env.BASE_URL, "wraps the page with this checkout's server code");
    const path = `/en/articles/${SEED_SLUG}`;
    const original = await (await request.get(path)).text();
    // As if a flaw let a reader-supplied script into the HTML before it left the server.
    const injected = original.replace('</main>', '<script>window.injected = true</script></main>');
    expect(injected).not.toBe(original);
    const wrapped = await throughPageWrapper(path, injected);
    await watchCspViolations(page);
    await page.route(`**${path}`, (route) => route.fulfill(wrapped));
    const reader = await new ReaderPage(page, 'en').open();
    // The page's own scripts ran (it hydrated); the injected one did not, and was reported.
    await reader.summaryToggle.click();
    await expect(reader.summaryToggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(await cspViolations(page)).toEqual(['script-src-elem inline']);
  });

  /** The answer `npm start`'s page wrapper (lib/http/pageCsp.mjs) gives for `html` at `path`, with the e2e build's own scripts. */
  async function throughPageWrapper(path: string, html: string) {
    const { createServer } = await import('node:http');
    const { withPageCsp } = await import('../lib/http/pageCsp.mjs');
    const { isOwnScript, layoutScriptsOf } = await import('../lib/http/ownScripts.mjs');
    const layoutScripts = layoutScriptsOf(E2E_BUILD_ENV.QARI_DIST_DIR);
    const server = createServer(
      withPageCsp(
        (_request, response) => {
          response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          response.end(html);
        },
        { allowed: (script) => isOwnScript(script, layoutScripts) },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const answer = await fetch(`http://127.0.0.1:${port}${path}`);
    server.close();
    return {
      status: answer.status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': answer.headers.get('content-security-policy')!,
      },
      body: await answer.text(),
    };
  }
});
