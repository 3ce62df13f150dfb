import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { searchIndexDir } from '@/lib/search/searchIndexDir';

const SAFE_PART = /^[A-Za-z0-9_.-]+$/;
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The search index's files, from the build directory (lib/search/searchIndexDir.ts). Its
 * chunks are named by content hash and kept forever; the entry files change with each build.
 */
export async function GET(_request: Request, { params }: RouteContext<'/search-index/[...file]'>) {
  const { file } = await params;
  if (!file.every((part) => SAFE_PART.test(part) && part !== '..' && part !== '.')) {
    return new Response('Not Found', { status: 404 });
  }
  const name = file.join('/');
  let body: Buffer;
  try {
    body = await readFile(path.join(searchIndexDir(), ...file));
  } catch {
    return new Response('Not Found', { status: 404 });
  }
  const hashed = /_[0-9a-f]{6,}\.pf_/.test(name);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, s-maxage=3600',
    },
  });
}
