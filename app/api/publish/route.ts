import { revalidatePath } from 'next/cache';
import { after } from 'next/server';
import { ASCII_ID } from '@/lib/content/schema';
import { problemsOf } from '@/lib/content/ContentError';
import { content } from '@/lib/content/source/contentSource';
import { publishedArticles } from '@/lib/library/library';
import { publishedPaths } from '@/lib/publishing/publishedPaths';
import { publishAllowed } from '@/lib/publishing/publishSecret';
import { lastPublished, recordPublished } from '@/lib/publishing/publishedVersions';
import { countWrongSecret } from '@/lib/publishing/wrongSecrets';
import { publishScheduled } from '@/lib/publishing/publishScheduled';
import { sharedCacheProblem, sharedCacheUrl } from '@/lib/publishing/sharedCache';
import { markPublished } from '@/lib/content/publishMarker';
import { updateRecentSearch } from '@/lib/search/recentIndex';

export const dynamic = 'force-dynamic';

const answer = (status: number, body: object, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store', ...headers } });

/**
 * `npm run content:publish` tells the running server here that an article was published or
 * corrected on disk (POST {"slug"}, `Authorization: Bearer $QARI_PUBLISH_SECRET`). The server
 * re-reads what changed, marks every page that shows the article stale (Next's ISR: the next
 * request renders it afresh), and rebuilds the small search index of recent changes.
 */
const NOT_ALLOWED = { error: 'not allowed: the publish secret (QARI_PUBLISH_SECRET) is missing or wrong' };

/**
 * Null when the request carries the server's secret; else the answer: 401, or 429 for a client
 * that sent more than a few wrong secrets this minute (the right one is never turned away). A
 * request without any secret is refused without counting: it guesses nothing.
 */
async function refused(request: Request): Promise<Response | null> {
  const authorization = request.headers.get('authorization');
  if (publishAllowed(authorization)) return null;
  if (!authorization) return answer(401, NOT_ALLOWED);
  const wait = await countWrongSecret(request.headers.get('x-qari-client') ?? 'unknown');
  if (!wait) return answer(401, NOT_ALLOWED);
  return answer(429, { error: `too many wrong secrets: try again in ${wait} s` }, { 'Retry-After': String(wait) });
}

/** Whether a publish could go through now: `content:publish` asks before it changes any file. */
export async function GET(request: Request) {
  const refusal = await refused(request);
  if (refusal) return refusal;
  const problem = await sharedCacheProblem();
  return problem ? answer(503, { ready: false, error: problem }) : answer(200, { ready: true });
}

export async function POST(request: Request) {
  const started = performance.now();
  const refusal = await refused(request);
  if (refusal) return refusal;
  const body = (await request.json().catch(() => null)) as {
    slug?: unknown;
    again?: unknown;
    scheduled?: unknown;
  } | null;
  const slug = body?.slug;
  if (typeof slug !== 'string' || !ASCII_ID.test(slug)) {
    return answer(400, { error: 'send {"slug": "<article-slug>"} as JSON' });
  }
  // A publish set for a time (lib/publishing/schedule.mjs): the server whose clock reached it
  // asks; the first to claim it publishes it here, the others are told there is nothing to do.
  if (body?.scheduled === true) {
    const outcome = await publishScheduled(slug);
    if (outcome !== 'published') return answer(200, { slug, changed: false, message: outcome });
  }
  const before = content().articleHash(slug);
  // Before anything changes: a publish that cannot reach every server is not started.
  const problem = await sharedCacheProblem();
  if (problem) return answer(503, { error: problem });
  let parsed: number;
  try {
    parsed = content().contentChanged();
  } catch (error) {
    const problems = problemsOf(error).map((problem) => problem.message);
    if (!problems.length) throw error;
    return answer(422, { error: 'the content has errors; readers keep the last good version', problems });
  }
  const now = content().articleHash(slug);
  const published = lastPublished(slug);
  // Nothing to revalidate: no such article, before or after; or the very version last published
  // (unless the command says readers still see an older one: `again`).
  if (now === null && before === null && published === null) {
    return answer(404, { error: `there is no article "${slug}" in the content` });
  }
  if (now !== null && now === published && body?.again !== true) {
    return answer(200, { slug, changed: false, message: 'nothing changed since it was last published' });
  }
  const article = publishedArticles().find((entry) => entry.slug === slug);
  const topics = content()
    .listTopics()
    .filter((topic) => article?.topics.includes(topic.slug));
  const paths = publishedPaths(slug, topics);
  // Other servers re-read the content before they render again (lib/content/publishMarker.ts).
  markPublished(slug);
  for (const { path, type } of paths) revalidatePath(path, type);
  const search = await updateRecentSearch();
  await recordPublished(slug, now);
  if (sharedCacheUrl()) {
    // A page another server began rendering from the old content just before the marker
    // changed may reach the shared cache after the revalidation: once the answer is sent,
    // revalidate once more.
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const { path, type } of paths) revalidatePath(path, type);
    });
  }
  return answer(200, {
    slug,
    changed: true,
    published: Boolean(article),
    version: content().articleVersion(slug),
    articlesReread: parsed,
    revalidated: paths.map(({ path, type }) => (type ? `${path} (every page)` : path)),
    search,
    ms: Math.round(performance.now() - started),
  });
}
