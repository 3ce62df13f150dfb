import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ogImageDir } from '@/lib/og/ogImagePaths';

const SAFE_NAME = /^[a-z0-9-]+\.(ar|en)\.png$/;

/** An article's Open Graph image, from the build directory (scripts/buildOgImages.ts). */
export async function GET(_request: Request, { params }: RouteContext<'/og/[file]'>) {
  const { file } = await params;
  if (!SAFE_NAME.test(file)) return new Response('Not Found', { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(path.join(ogImageDir(), file));
  } catch {
    return new Response('Not Found', { status: 404 });
  }
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, s-maxage=86400' },
  });
}
