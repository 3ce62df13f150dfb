import { readFileSync } from 'node:fs';
import path from 'node:path';

// Written once, at build: the worker (lib/offline/worker.js) with this build's id in its cache
// names. A new build changes the file, so browsers install the new worker (and drop old caches).
export const dynamic = 'force-static';

export function GET() {
  if (process.env.NODE_ENV !== 'production') {
    // No worker in development: an editor's preview must never come from a cache.
    return new Response('Not Found', { status: 404 });
  }
  const source = readFileSync(path.join(process.cwd(), 'lib', 'offline', 'worker.js'), 'utf8');
  return new Response(source.replaceAll('__QARI_BUILD__', process.env.QARI_BUILD_ID ?? 'dev'), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Checked on every visit: a deploy reaches readers at their next page.
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  });
}
