import { routing } from '../../i18n/routing';
import { articleHref } from '../library/paths';
import { bearer } from './publishSecret';

interface PublishAnswer {
  error?: string;
  /** False when the article is the very version last published: nothing was revalidated. */
  changed?: boolean;
  message?: string;
  problems?: string[];
  published?: boolean;
  /** The article's content hash, as its page carries it; null when it is not published. */
  version?: string | null;
  articlesReread?: number;
  revalidated?: string[];
  search?: { articles: number; ms: number };
  ms?: number;
}

const TITLE = /<title>([^<]*)<\/title>/;

/**
 * Asks the server at `serverUrl` whether a publish could go through now (its secret is right, its
 * shared cache answers), before any file is changed. Returns the lines to print when it cannot.
 */
export async function askServer(serverUrl: string, secret: string | undefined) {
  let response: Response;
  try {
    response = await fetch(new URL('/api/publish', serverUrl), {
      headers: secret ? { Authorization: bearer(secret) } : {},
    });
  } catch (error) {
    return { ok: false, lines: [`the server at ${serverUrl} did not answer: ${(error as Error).message}`] };
  }
  if (response.ok) return { ok: true, lines: [] };
  const answer = (await response.json().catch(() => ({}))) as PublishAnswer;
  const lines = [`the server cannot take a publish now (${response.status}): ${answer.error ?? response.statusText}`];
  if (response.status === 401) lines.push('  set QARI_PUBLISH_SECRET to the server’s secret');
  return { ok: false, lines };
}

/**
 * Says the article was published or corrected: POST /api/publish. `again`: readers still see an
 * older version, revalidate even though the server already has this one.
 */
function post(serverUrl: string, slug: string, secret: string | undefined, again = false) {
  return fetch(new URL('/api/publish', serverUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret ? { Authorization: bearer(secret) } : {}) },
    body: JSON.stringify(again ? { slug, again } : { slug }),
  });
}

// How long the command waits for readers to see the new version, and when it tells the server
// once more: a page whose render began from the old text just before the publish may have been
// cached after the revalidation (seen once in CI: the corrected article still served, as a cache
// hit, a second after the publish answered). The target for a publish is 10 s.
const SEEN_WITHIN_MS = 10_000;
const TELL_AGAIN_AFTER_MS = 1_500;

/** One locale's page of the article as a reader gets it: status, title, and whether it shows `version`. */
async function readerPage(url: URL, version: string | null | undefined) {
  const page = await fetch(url, { cache: 'no-store' }).catch(() => null);
  const html = page ? await page.text() : '';
  return {
    status: page?.status,
    title: TITLE.exec(html)?.[1],
    current: !version || html.includes(`data-version="${version}"`),
  };
}

/**
 * Tells the server at `serverUrl` that `slug` was published or corrected on disk, then asks
 * for the article as a reader would until each language shows the new version (telling the
 * server once more if a page still shows the old one). Returns the lines to print and whether
 * it worked.
 */
export async function tellServer(serverUrl: string, slug: string, secret: string | undefined) {
  const started = performance.now();
  const lines: string[] = [];
  let response: Response;
  try {
    response = await post(serverUrl, slug, secret);
  } catch (error) {
    return { ok: false, lines: [`the server at ${serverUrl} did not answer: ${(error as Error).message}`] };
  }
  const answer = (await response.json().catch(() => ({}))) as PublishAnswer;
  if (!response.ok) {
    lines.push(`the server refused (${response.status}): ${answer.error ?? response.statusText}`);
    lines.push(...(answer.problems ?? []).map((problem) => `  ${problem}`));
    if (response.status === 401) lines.push('  set QARI_PUBLISH_SECRET to the server’s secret');
    return { ok: false, lines };
  }
  if (answer.changed === false) {
    return { ok: true, lines: [`${serverUrl}: ${answer.message ?? 'nothing changed'}; nothing was revalidated`] };
  }
  lines.push(`told ${serverUrl} in ${answer.ms} ms (${answer.articlesReread} article(s) read again); revalidated:`);
  lines.push(...(answer.revalidated ?? []).map((path) => `  ${path}`));
  const search = answer.search;
  if (search) {
    lines.push(`search: recent index of ${search.articles} article(s) changed since the build, in ${search.ms} ms`);
  }
  lines.push(answer.version ? `a reader sees now (version ${answer.version.slice(0, 10)}):` : 'a reader sees now:');
  let toldAgain = false;
  let ok = true;
  for (const locale of routing.locales) {
    const url = new URL(`/${locale}${articleHref(slug)}`, serverUrl);
    let page = await readerPage(url, answer.version);
    while (!page.current && performance.now() - started < SEEN_WITHIN_MS) {
      if (!toldAgain && performance.now() - started > TELL_AGAIN_AFTER_MS) {
        toldAgain = true;
        lines.push(`  ${url.pathname} still showed the old version: told the server again`);
        await post(serverUrl, slug, secret, true).catch(() => null);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      page = await readerPage(url, answer.version);
    }
    ok &&= page.current;
    const stale = page.current ? '' : ` — still the old version after ${SEEN_WITHIN_MS / 1000} s`;
    lines.push(`  ${url.href}: ${page.status ?? 'no answer'}${page.title ? ` “${page.title}”` : ''}${stale}`);
  }
  lines.push(`live in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ok, lines };
}
