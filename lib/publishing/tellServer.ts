import { routing } from '../../i18n/routing';
import { articleHref } from '../library/paths';
import { bearer } from './publishSecret';

interface PublishAnswer {
  error?: string;
  problems?: string[];
  published?: boolean;
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
 * Tells the server at `serverUrl` that `slug` was published or corrected on disk, then asks
 * for the article as a reader would. Returns the lines to print and whether it worked.
 */
export async function tellServer(serverUrl: string, slug: string, secret: string | undefined) {
  const started = performance.now();
  const lines: string[] = [];
  let response: Response;
  try {
    response = await fetch(new URL('/api/publish', serverUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(secret ? { Authorization: bearer(secret) } : {}) },
      body: JSON.stringify({ slug }),
    });
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
  lines.push(`told ${serverUrl} in ${answer.ms} ms (${answer.articlesReread} article(s) read again); revalidated:`);
  lines.push(...(answer.revalidated ?? []).map((path) => `  ${path}`));
  const search = answer.search;
  if (search) {
    lines.push(`search: recent index of ${search.articles} article(s) changed since the build, in ${search.ms} ms`);
  }
  lines.push('a reader sees now:');
  for (const locale of routing.locales) {
    const url = new URL(`/${locale}${articleHref(slug)}`, serverUrl);
    const page = await fetch(url).catch(() => null);
    const title = page && TITLE.exec(await page.text())?.[1];
    lines.push(`  ${url.href}: ${page ? page.status : 'no answer'}${title ? ` “${title}”` : ''}`);
  }
  lines.push(`live in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { ok: true, lines };
}
