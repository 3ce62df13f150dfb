import { watch } from 'node:fs';
import path from 'node:path';
import { EXTRA_DIRS } from '@/lib/content/articleFolder';
import { TOPICS_FILE } from '@/lib/content/topics';

export const dynamic = 'force-dynamic';

/**
 * Development only: a server-sent event each time a content file changes, so the open page
 * refreshes itself (Next's own hot reload watches code, not content). 404 in production.
 */
export function GET(request: Request) {
  if (process.env.NODE_ENV !== 'development') return new Response('Not found', { status: 404 });
  // content/ holds the articles and the topic registry.
  const watched = [path.dirname(TOPICS_FILE), ...EXTRA_DIRS];
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(': watching content\n\n'));
      const watchers = watched.map((target) =>
        watch(target, { recursive: true }, () => controller.enqueue(encoder.encode('data: change\n\n'))),
      );
      request.signal.addEventListener('abort', () => {
        watchers.forEach((watcher) => watcher.close());
        controller.close();
      });
    },
  });
  // `Content-Encoding: none` keeps the dev server from gzip-buffering the stream.
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', 'Content-Encoding': 'none' },
  });
}
