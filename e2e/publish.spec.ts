import type { ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN } from './buildEnv.mjs';
import { copyBuild, startAppServer, startEdge, stopAppServer } from './helpers/appServer';
import { cspViolations, expectScriptsByHash, watchCspViolations } from './helpers/csp';
import { savedForOffline } from './helpers/offline';
import { expectNamesOnlyTheSite } from './helpers/siteAddress';
import { wholeSitemap } from './helpers/sitemap';
import { SEED_SLUG } from './helpers/ReaderPage';
import { BRIDGE, BRIDGE_NOTE, EditorsDesk } from './helpers/editorsDesk';
import { PORTS } from './helpers/ports';
import { selectPhrase } from './helpers/selection';

// Server answers and flows a phone would see the same way: the desktop project runs them.
test.describe('the same on every device', { tag: '@desktop-only' }, () => {
  // This flow is about the service worker: it runs with it (elsewhere it is blocked).
  test.use({ serviceWorkers: 'allow' });

  // Publishing while the site serves: a running production server, a copy of the content it reads,
  // and `npm run content:publish` telling it. No build and no restart between the steps.
  const DIST = '.next-publish-e2e';
  const PORT = PORTS.publish;
  const origin = `http://127.0.0.1:${PORT}`;
  // The caching edge (deploy/nginx.conf) in front of that server, where Debian's nginx is installed.
  const EDGE_PORT = PORTS.publishEdge;
  const edgeOrigin = `http://127.0.0.1:${EDGE_PORT}`;
  const withEdge = existsSync('/usr/sbin/nginx');
  let edge: ChildProcess | undefined;
  const SECRET = 'e2e-publish-secret-of-32-characters!';
  const SLUG = BRIDGE.slug;
  const HEADLINE = BRIDGE.headline;
  let server: ChildProcess | undefined;
  let desk: EditorsDesk | undefined;

  test.skip(!!process.env.BASE_URL, 'publishes into a local copy of the content');
  test.describe.configure({ mode: 'serial' });

  /** Runs `npm run content:publish -- <slug>` against the copy, through this flow's server. */
  const publish = (secret: string | undefined, flags: string[] = []) => desk!.publish(origin, secret, flags);
  const correct = (from: string, to: string) => desk!.correct(from, to);

  async function searchFor(page: Page, query: string) {
    await page.goto(`${origin}/ar`);
    await page.getByRole('searchbox').fill(query);
    return page.locator('#site-search-results');
  }

  test.beforeAll(async ({}, testInfo) => {
    testInfo.setTimeout(120_000);
    desk = new EditorsDesk('qari-publish-e2e-');
    copyBuild(DIST);
    server = await startAppServer(PORT, DIST, { QARI_CONTENT_ROOT: desk.contentRoot, QARI_PUBLISH_SECRET: SECRET });
    if (withEdge) edge = await startEdge(EDGE_PORT, [PORT]);
  });

  test.afterAll(async () => {
    await stopAppServer(edge);
    await stopAppServer(server);
    rmSync(DIST, { recursive: true, force: true });
    desk?.remove();
  });

  test('a draft in the content is not on the site, and a publish without the right secret changes nothing (401)', async ({
    request,
  }) => {
    expect((await request.get(`${origin}/ar/articles/${SLUG}`)).status()).toBe(404);
    for (const authorization of [undefined, 'Bearer wrong-secret']) {
      const response = await request.post(`${origin}/api/publish`, {
        data: { slug: SLUG },
        headers: authorization ? { authorization } : {},
      });
      expect(response.status()).toBe(401);
      expect(response.headers()['cache-control']).toBe('private, no-store');
    }
    // Asking whether a publish could go through needs the secret too.
    expect((await request.get(`${origin}/api/publish`)).status()).toBe(401);
    expect((await request.put(`${origin}/api/publish`, { data: { slug: SLUG } })).status()).toBe(405);
    expect((await request.get(`${origin}/ar/articles/${SLUG}`)).status()).toBe(404);
  });

  test('wrong secrets are throttled, the right one never; an unknown slug is a 404, an unchanged article changes nothing', async ({
    request,
  }) => {
    const post = (data: object, secret = SECRET) =>
      request.post(`${origin}/api/publish`, { data, headers: { authorization: `Bearer ${secret}` } });
    // Five wrong secrets a minute get 401 (the flow above sent one), then each waits.
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await post({ slug: SLUG }, `guess-${i}`)).status());
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const throttled = await post({ slug: SLUG }, 'guess-again');
    expect(throttled.status()).toBe(429);
    expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
    // The editor, from the same address, is never locked out.
    expect(
      (await request.get(`${origin}/api/publish`, { headers: { authorization: `Bearer ${SECRET}` } })).status(),
    ).toBe(200);

    const unknown = await post({ slug: 'no-such-article' });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error).toBe('there is no article "no-such-article" in the content');
    // The seed, told twice without a change: the second time, nothing is revalidated.
    expect((await (await post({ slug: SEED_SLUG })).json()).changed).toBe(true);
    const again = await post({ slug: SEED_SLUG });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({
      slug: SEED_SLUG,
      changed: false,
      message: 'nothing changed since it was last published',
    });
  });

  test('content:publish makes a new article live everywhere without a build, through the edge within 10 s', async ({
    page,
    request,
  }) => {
    if (withEdge) {
      // The edge holds the library page before the publish.
      await request.get(`${edgeOrigin}/ar`);
      expect((await request.get(`${edgeOrigin}/ar`)).headers()['x-cache-status']).toMatch(/HIT|UPDATING|STALE/);
    }
    // The sitemap's part for the article's month was made by the build, without it.
    const part = `${origin}/sitemaps/sitemap/${BRIDGE.date.slice(0, 7)}.xml`;
    const partBefore = await request.get(part);
    expect(partBefore.status()).toBe(200);
    expect(await partBefore.text()).not.toContain(SLUG);
    const started = Date.now();
    const result = await publish(SECRET);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`content:publish: published ${SLUG}`);
    expect(result.stdout).toContain('/[locale]/page/[page] (every page)');
    expect(result.stdout).toContain(`${origin}/ar/articles/${SLUG}: 200 “${HEADLINE.ar} · قارئ”`);
    expect(result.stdout).toContain(`${origin}/en/articles/${SLUG}: 200 “${HEADLINE.en} · Qari”`);
    // Through the edge, which held the old library page: within 10 s of the command's start.
    if (withEdge) {
      await expect
        .poll(async () => (await (await request.get(`${edgeOrigin}/ar`)).text()).includes(HEADLINE.ar), {
          timeout: 10_000 - (Date.now() - started),
          intervals: [250],
        })
        .toBe(true);
    }

    for (const locale of ['ar', 'en'] as const) {
      // Rendered by the server long after the build, started without SITE_URL: the build's origin.
      for (const path of [`/${locale}/articles/${SLUG}`, `/${locale}`, `/${locale}/topics/romania/feed.xml`])
        expectNamesOnlyTheSite(await (await request.get(`${origin}${path}`)).text(), `${path} after the publish`);
      await page.goto(`${origin}/${locale}/articles/${SLUG}`);
      // The article is Arabic in both UIs; the English UI names it in English too.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE.ar);
      await expect(page).toHaveTitle(new RegExp(`^${HEADLINE[locale]}`));
      // Newest first: page 1 of the library and of its topic lead with it.
      await page.goto(`${origin}/${locale}`);
      await expect(page.locator('.article-card h2').first()).toContainText(HEADLINE[locale]);
      await page.goto(`${origin}/${locale}/topics/romania`);
      await expect(page.locator('.article-card h2').first()).toContainText(HEADLINE[locale]);
      const feed = await (await request.get(`${origin}/${locale}/feed.xml`)).text();
      // Feeds and the sitemap name the site's public origin (SITE_URL), not this server's.
      expect(feed).toContain(`${SITE_ORIGIN}/${locale}/articles/${SLUG}`);
      expectNamesOnlyTheSite(feed, `the ${locale} feed after the publish`);
    }
    const sitemap = await wholeSitemap(origin, async (url) => (await request.get(url)).text());
    expect(sitemap).toContain(`${SITE_ORIGIN}/en/articles/${SLUG}`);
    expectNamesOnlyTheSite(sitemap, 'the sitemap after the publish');
    // …in the very part the build made for its month, made again.
    expect(await (await request.get(part)).text()).toContain(`${SITE_ORIGIN}/ar/articles/${SLUG}`);
    const results = await searchFor(page, 'الزمردي');
    await expect(results.getByRole('link').first()).toHaveAttribute('href', `/ar/articles/${SLUG}#lead`);
    await expect(results.getByRole('link').first()).toContainText('طوله 4729');
  });

  test('a page first rendered after the build runs under its own hashes, without a CSP violation', async ({ page }) => {
    await watchCspViolations(page);
    const response = await page.goto(`${origin}/en/articles/${SLUG}`);
    expectScriptsByHash(response!.headers()['content-security-policy']);
    await page.getByRole('button', { name: /English summary/ }).click();
    await expect(page.getByRole('button', { name: /English summary/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await cspViolations(page)).toEqual([]);
  });

  test('a correction shows its new number in the page, the feed, search and the saved offline copy, and the old one nowhere', async ({
    page,
    context,
    request,
  }) => {
    // A reader saved the article on this device before the correction.
    await page.goto(`${origin}/ar/articles/${SLUG}`);
    await expect(page.getByText('4729 متراً')).toBeVisible();
    await savedForOffline(page);
    // …and highlighted two passages of its lead: the length, and the words after it.
    for (const phrase of ['يبلغ طوله 4729 متراً', 'ويربط بين مدينتين في جنوب البلاد']) {
      await selectPhrase(page, 'lead', phrase);
      await page.getByRole('button', { name: 'ظلِّل', exact: true }).click();
    }
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('qari-highlight')?.size)).toBe(2);

    correct('4729', '4731');
    // Without the secret the server is not told: readers still see the published text.
    const refused = await publish(undefined);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the server cannot take a publish now (401)');
    expect(await (await request.get(`${origin}/ar/articles/${SLUG}`)).text()).toContain('4729');

    // Readers must be told what changed: without a note (or --minor) it is refused, changing nothing.
    const silent = await publish(SECRET);
    expect(silent.status).toBe(1);
    expect(silent.stderr).toContain(`${SLUG} changed since version 1, and readers must be told`);
    expect(silent.stderr).toContain('nothing was changed');
    expect(await (await request.get(`${origin}/ar/articles/${SLUG}`)).text()).toContain('4729');

    const result = await publish(SECRET, BRIDGE_NOTE);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`content:publish: ${SLUG} is already published`);
    expect(result.stdout).toContain('kept as version 2 with the note “ذكرت نسخة سابقة من هذا المقال طولاً آخر للجسر.”');
    expect(result.stdout).toContain('announcing its correction');
    // The command says live only once it has read the corrected version from each language's page.
    expect(result.stdout).toMatch(/a reader sees now \(version [\w-]{10}\):/);
    expect(result.stdout).not.toContain('still the old version');
    for (const locale of ['ar', 'en'] as const) {
      const html = await (await request.get(`${origin}/${locale}/articles/${SLUG}`)).text();
      expect(html).toContain('4731');
      expect(html).not.toContain('4729');
    }
    const feed = await (await request.get(`${origin}/en/feed.xml`)).text();
    expect(feed).toContain('4731-metre');
    expect(feed).not.toContain('4729');
    // Search answers from the corrected text: its hit quotes the new number, none the old.
    const found = await searchFor(page, 'الزمردي');
    await expect(found.getByRole('link').first()).toHaveAttribute('href', `/ar/articles/${SLUG}#lead`);
    await expect(found.getByRole('link').first()).toContainText('طوله 4731');
    await expect(found.getByText('4729')).toHaveCount(0);

    // The reader's next online visit brings the corrected text, and saves it for offline.
    await page.goto(`${origin}/ar/articles/${SLUG}`);
    await expect(page.getByText('4731 متراً')).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('4731 متراً')).toBeVisible();
    await expect(page.getByText('4729')).toHaveCount(0);
    // …with its correction's note, as the saved copy now has it.
    await expect(page.getByRole('region', { name: 'تصحيحات' })).toContainText(BRIDGE_NOTE[1]!);
    await context.setOffline(false);

    // The reader's highlights: the one on words the correction kept is found again; the one on
    // the corrected length is not attached to other words, but shown as changed, as it was.
    await page.goto(`${origin}/ar/articles/${SLUG}`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('qari-highlight')?.size)).toBe(1);
    await page.getByRole('button', { name: /^تظليلاتك في هذا المقال/ }).click();
    const changed = page.getByRole('dialog').getByRole('listitem').filter({ hasText: 'تغيّر النص منذ ظلّلته' });
    await expect(changed).toHaveCount(1);
    await expect(changed).toContainText('يبلغ طوله 4729 متراً');
    await expect(
      page.getByRole('dialog').getByRole('listitem').filter({ hasText: 'ويربط بين مدينتين' }),
    ).not.toContainText('تغيّر النص');
  });

  test('readers are told of a correction: updated time, its note in each language, JSON-LD, feed and sitemap; a minor fix adds no note', async ({
    page,
    request,
  }) => {
    const notes = { ar: BRIDGE_NOTE[1]!, en: BRIDGE_NOTE[3]! };
    const corrected = async (locale: 'ar' | 'en') => {
      await page.goto(`${origin}/${locale}/articles/${SLUG}`);
      const corrections = page.getByRole('region', { name: locale === 'ar' ? 'تصحيحات' : 'Corrections' });
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      return { corrections, jsonLd };
    };
    let modified = '';
    for (const locale of ['ar', 'en'] as const) {
      const { corrections, jsonLd } = await corrected(locale);
      await expect(corrections.getByRole('listitem')).toHaveCount(1);
      await expect(corrections.getByRole('listitem')).toContainText(notes[locale]);
      // "Updated …" beside the date leads to the note.
      const updated = page.getByRole('link', { name: locale === 'ar' ? /UTC/ : /UTC/ }).first();
      await expect(page.getByText(locale === 'ar' ? /^حُدِّث في / : /^Updated /)).toBeVisible();
      await expect(updated).toHaveAttribute('href', `/${locale}/articles/${SLUG}/history`);
      expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(jsonLd.correction).toEqual([
        { '@type': 'CorrectionComment', text: notes[locale], datePublished: jsonLd.dateModified },
      ]);
      modified = jsonLd.dateModified;
    }
    const atUtc = new Date(modified).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const feed = await (await request.get(`${origin}/en/feed.xml`)).text();
    expect(feed).toContain(`<updated>${atUtc}</updated>`);
    const sitemap = await wholeSitemap(origin, async (url) => (await request.get(url)).text());
    // The article's <url> in its sitemap part carries the correction's moment as <lastmod>.
    const entry = new RegExp(`<loc>[^<]*/en/articles/${SLUG}</loc>((?:(?!</url>)[\\s\\S])*)</url>`).exec(sitemap)?.[1];
    expect(entry).toContain(`<lastmod>${modified}</lastmod>`);

    // A typo fixed as --minor: kept, the page and its updated time change, no new note.
    correct('4731', '4732');
    const minor = await publish(SECRET, ['--minor']);
    expect(minor.stderr).toBe('');
    expect(minor.stdout).toContain('kept as version 3 (a minor fix: no public note)');
    const { corrections, jsonLd } = await corrected('en');
    await expect(page.getByText('4732 متراً')).toBeVisible();
    await expect(corrections.getByRole('listitem')).toHaveCount(1);
    expect(jsonLd.correction).toHaveLength(1);
    expect(jsonLd.dateModified > modified).toBe(true);
    // …and is in the history, as a minor fix.
    await page.goto(`${origin}/en/articles/${SLUG}/history`);
    const versions = page.getByRole('main').getByRole('listitem');
    await expect(versions).toHaveCount(3);
    await expect(versions.first()).toContainText('Version 3');
    await expect(versions.first()).toContainText('A minor fix: no public note');
  });

  test('a correction scheduled for a set time: readers keep the published text until then, then see it with its note', async ({
    request,
  }) => {
    test.setTimeout(60_000);
    correct('4732', '4734');
    const at = new Date(Date.now() + 6_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const note = ['--note', 'صُحِّح طول الجسر مرة أخرى.', '--note-en', 'The bridge’s length was corrected again.'];
    const scheduled = await publish(SECRET, ['--at', at, ...note]);
    expect(scheduled.stderr).toBe('');
    expect(scheduled.stdout).toContain(`goes live at ${at}`);
    const page = `${origin}/en/articles/${SLUG}`;
    // Until its time: the published text, not one request with the new number.
    while (Date.now() < Date.parse(at) - 300) {
      const html = await (await request.get(page)).text();
      expect(html).toContain('4732');
      expect(html).not.toContain('4734');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // At its time, no command run: the correction and its note within 10 s.
    const due = Date.parse(at);
    await expect
      .poll(async () => (await (await request.get(page)).text()).includes('4734'), {
        timeout: 10_000 - Math.max(0, Date.now() - due),
        intervals: [250],
      })
      .toBe(true);
    const html = await (await request.get(page)).text();
    expect(html).toContain('The bridge’s length was corrected again.');
    expect(html).not.toContain('4732');
  });
});
