import { content } from '@/lib/content/source/contentSource';
import { PAGE_CACHE_HEADERS } from '@/lib/http/pageCacheHeaders.mjs';

/**
 * `/glossary/<slug>.json`: an article's glossary, asked for by the reader only when the
 * glossary is turned on, so pages carry none of it. Follows a publish as pages do.
 */
export async function GET(_: Request, { params }: RouteContext<'/glossary/[file]'>) {
  const { file } = await params;
  const slug = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
  const article = /^[a-z0-9-]+$/.test(slug) ? content().getArticle(slug) : null;
  if (!article || article.draft) return new Response('Not Found', { status: 404 });
  return Response.json(article.glossary, { headers: PAGE_CACHE_HEADERS });
}
