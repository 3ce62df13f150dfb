import { revalidatePath } from 'next/cache';
import { ASCII_ID } from '@/lib/content/articleFolder';
import { contentErrorsOf } from '@/lib/content/ContentError';
import { contentChanged, listTopics } from '@/lib/content/loadArticles';
import { publishedArticles } from '@/lib/library/library';
import { publishedPaths } from '@/lib/publishing/publishedPaths';
import { publishAllowed } from '@/lib/publishing/publishSecret';
import { updateRecentSearch } from '@/lib/search/recentIndex';

export const dynamic = 'force-dynamic';

const answer = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });

/**
 * `npm run content:publish` tells the running server here that an article was published or
 * corrected on disk (POST {"slug"}, `Authorization: Bearer $QARI_PUBLISH_SECRET`). The server
 * re-reads what changed, marks every page that shows the article stale (Next's ISR: the next
 * request renders it afresh), and rebuilds the small search index of recent changes.
 */
export async function POST(request: Request) {
  const started = performance.now();
  if (!publishAllowed(request.headers.get('authorization'))) {
    return answer(401, { error: 'not allowed: the publish secret (QARI_PUBLISH_SECRET) is missing or wrong' });
  }
  const body = (await request.json().catch(() => null)) as { slug?: unknown } | null;
  const slug = body?.slug;
  if (typeof slug !== 'string' || !ASCII_ID.test(slug)) {
    return answer(400, { error: 'send {"slug": "<article-slug>"} as JSON' });
  }
  let parsed: number;
  try {
    parsed = contentChanged();
  } catch (error) {
    const problems = contentErrorsOf(error).map((problem) => problem.message);
    if (!problems.length) throw error;
    return answer(422, { error: 'the content has errors; readers keep the last good version', problems });
  }
  const article = publishedArticles().find((entry) => entry.slug === slug);
  const topics = listTopics().filter((topic) => article?.topics.includes(topic.slug));
  const paths = publishedPaths(slug, topics);
  for (const { path, type } of paths) revalidatePath(path, type);
  const search = await updateRecentSearch();
  return answer(200, {
    slug,
    published: Boolean(article),
    articlesReread: parsed,
    revalidated: paths.map(({ path, type }) => (type ? `${path} (every page)` : path)),
    search,
    ms: Math.round(performance.now() - started),
  });
}
