// What publishing costs on a running server under readers' load: one new article and one
// correction of an old one, each timed from the command's start until every page that shows it
// (both locales) and a search for a word only it has give the new text, polled from outside.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { chromium, type Page } from '@playwright/test';
import type { RecentManifest } from '../../lib/search/searchIndexUrls';
import { summarise } from './stats';

const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
const SEED = 'nato-rutte-bucharest-industry-forum';
const POLL_MS = 100;
const GIVE_UP_MS = 120_000;
// Made-up Arabic words: each run's marker is found in exactly one article.
const MARKERS = ['زمرديات', 'ياقوتيات', 'فيروزيات', 'مرجانيات', 'كهرمانيات'];

interface Target {
  name: string;
  ready: () => Promise<boolean>;
}

/** The ms from `started` until every target is ready: the slowest, and the slowest page (not search). */
async function untilAll(started: number, targets: Target[]) {
  const times = await Promise.all(
    targets.map(async ({ name, ready }) => {
      while (performance.now() - started < GIVE_UP_MS) {
        if (await ready().catch(() => false)) return { name, ms: performance.now() - started };
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      throw new Error(`publish bench: ${name} never showed the new text`);
    }),
  );
  const slowest = (list: typeof times) => list.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { ...slowest(times), pagesMs: slowest(times.filter((time) => time.name !== 'search')).ms };
}

const shows = (url: string, text: string) => async () => (await (await fetch(url)).text()).includes(text);

/**
 * Whether search answers with the new text: the manifest every browser reads before its first
 * query names `slug`'s fresh index (polled over HTTP, like the pages). A real search in a browser
 * confirms it afterwards (confirmSearch), outside the timing: under the readers' load a browser's
 * search takes seconds of its own, which would be counted as the publish's.
 */
const manifestOf = async (origin: string) =>
  (await (await fetch(`${origin}/search-index/recent.json`)).json()) as RecentManifest;

/** `before`: the manifest's index before this publish; a newer one must replace it. */
function searchReady(origin: string, slug: string, before: string | null) {
  return async () => {
    const manifest = await manifestOf(origin);
    return Boolean(manifest.index && manifest.index !== before && manifest.superseded.includes(slug));
  };
}

async function confirmSearch(page: Page, origin: string, word: string, slug: string) {
  if (!(await searchFinds(page, origin, word, slug))) {
    throw new Error(`publish bench: the recent index names ${slug}, but a search for ${word} misses it`);
  }
}

/** Types `word` into the library's search field and reports whether a hit leads to `slug`. */
async function searchFinds(page: Page, origin: string, word: string, slug: string) {
  await page.goto(`${origin}/ar`);
  await page.getByRole('searchbox').fill(word);
  const hit = page.locator(`#site-search-results a[href*="/articles/${slug}#"]`).first();
  return hit.waitFor({ timeout: 30_000 }).then(
    () => true,
    () => false,
  );
}

function publish(env: Record<string, string>, slug: string, flags: string[] = []): Promise<number> {
  const child = spawn(process.execPath, [TSX, 'scripts/content/publish.ts', slug, ...flags], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** A finished draft made from the seed, whose headline and lead carry `marker`. */
function writeDraft(articles: string, slug: string, marker: string) {
  const folder = path.join(articles, slug);
  cpSync(path.join(articles, SEED), folder, { recursive: true });
  const file = path.join(folder, 'article.ar.md');
  const text = readFileSync(file, 'utf8')
    .replace(/^ {2}ar: .*$/m, `  ar: ${JSON.stringify(`${marker} — خبر عاجل للاختبار`)}`)
    .replace(/^date: .*\n/m, '')
    .replace(/^---\n/, '---\ndraft: true\n')
    .replace(/\n\n(?!---)/, `\n\n${marker} `);
  writeFileSync(file, text);
}

/**
 * `newest` is a date after every article's (the synthetic library's dates run into the future),
 * so each new article leads the library's first page as a newsroom's would.
 */
export async function publishCost(
  origin: string,
  contentRoot: string,
  env: Record<string, string>,
  oldSlug: string,
  newest: string,
) {
  const articles = path.join(contentRoot, 'articles');
  const publishEnv = { ...env, QARI_CONTENT_ROOT: contentRoot, QARI_SERVER_URL: origin };
  // Readers meanwhile: 20 connections over pages the edge and the server hold cached.
  const mixed = ['/ar', '/en', '/ar/page/2', '/ar/topics/nato', `/ar/articles/${SEED}`, `/en/articles/${SEED}`];
  let turn = 0;
  const load = autocannon({
    url: origin,
    connections: 20,
    duration: 3600,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, path: mixed[turn++ % mixed.length] }) }],
  }) as Promise<autocannon.Result> & EventEmitter & { stop: () => void };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await (await browser.newContext()).newPage();
  const fresh: { ms: number; slowest: string; pagesMs: number }[] = [];
  const corrected: { ms: number; slowest: string; pagesMs: number }[] = [];
  try {
    for (let run = 0; run < 3; run++) {
      const marker = MARKERS[run]!;
      const slug = `bench-publish-${run + 1}`;
      writeDraft(articles, slug, marker);
      let before = (await manifestOf(origin)).index;
      let started = performance.now();
      const code = publish(publishEnv, slug, ['--date', newest]);
      const everywhere: Target[] = [
        ...['ar', 'en'].flatMap((locale) => [
          { name: `/${locale}/articles/${slug}`, ready: shows(`${origin}/${locale}/articles/${slug}`, marker) },
          { name: `/${locale}`, ready: shows(`${origin}/${locale}`, `/${locale}/articles/${slug}"`) },
          {
            name: `/${locale}/topics/nato`,
            ready: shows(`${origin}/${locale}/topics/nato`, `/${locale}/articles/${slug}"`),
          },
          { name: `/${locale}/feed.xml`, ready: shows(`${origin}/${locale}/feed.xml`, `/articles/${slug}`) },
          {
            name: `/${locale}/topics/nato/feed.xml`,
            ready: shows(`${origin}/${locale}/topics/nato/feed.xml`, `/articles/${slug}`),
          },
        ]),
        // The part of the sitemap for the article's month (app/sitemaps/sitemap.ts).
        {
          name: `sitemap ${newest.slice(0, 7)}`,
          ready: shows(`${origin}/sitemaps/sitemap/${newest.slice(0, 7)}.xml`, `/articles/${slug}`),
        },
        { name: 'search', ready: searchReady(origin, slug, before) },
      ];
      const slowest = await untilAll(started, everywhere);
      if ((await code) !== 0) throw new Error(`publish bench: content:publish ${slug} failed`);
      await confirmSearch(page, origin, marker, slug);
      fresh.push({ ms: slowest.ms, slowest: slowest.name, pagesMs: slowest.pagesMs });

      // A correction deep in the archive: a new word in the old article's lead.
      const file = path.join(articles, oldSlug, 'article.ar.md');
      const text = readFileSync(file, 'utf8');
      const word = `${marker}ي`;
      writeFileSync(file, text.replace(/\n\n(?!---)/, `\n\n${word} `));
      before = (await manifestOf(origin)).index;
      started = performance.now();
      const fix = publish(publishEnv, oldSlug, ['--minor']);
      const shown = await untilAll(started, [
        { name: `/ar/articles/${oldSlug}`, ready: shows(`${origin}/ar/articles/${oldSlug}`, word) },
        { name: `/en/articles/${oldSlug}`, ready: shows(`${origin}/en/articles/${oldSlug}`, word) },
        { name: 'search', ready: searchReady(origin, oldSlug, before) },
      ]);
      if ((await fix) !== 0) throw new Error(`publish bench: the correction of ${oldSlug} failed`);
      await confirmSearch(page, origin, word, oldSlug);
      corrected.push({ ms: shown.ms, slowest: shown.name, pagesMs: shown.pagesMs });
    }
  } finally {
    await browser.close();
    load.stop();
  }
  const result = await load;
  return {
    fresh: {
      ...summarise(fresh.map((r) => r.ms)),
      slowest: fresh.map((r) => r.slowest),
      pages: summarise(fresh.map((r) => r.pagesMs)),
    },
    corrected: {
      ...summarise(corrected.map((r) => r.ms)),
      slowest: corrected.map((r) => r.slowest),
      pages: summarise(corrected.map((r) => r.pagesMs)),
    },
    readerRequests: result.requests.total,
    failed: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
