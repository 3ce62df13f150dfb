// Writes the base search index of the published articles into the build directory (after
// `next build`: `npm run build` runs both), with each article's hash, so a running server
// knows which articles a later publish changed (lib/search/recentIndex.ts).
// The index is written in shards of QARI_SEARCH_SHARD_SIZE articles (default 1,000), newest
// first, each by a Pagefind process of its own: one process holds about 0.65 MiB per article
// until it writes, so one index of 20,000 would need 12 GiB; the browser merges the shards.
// 1,000 keeps the build under 3 GiB at 20,000 articles with a Pagefind per core (measured).
// A worker per core (QARI_BUILD_WORKERS) writes every n-th shard: Pagefind indexes on one core.
// `--dev` (run by `npm run dev`) indexes drafts too, as development shows them.
import { fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { content } from '../../lib/content/source/contentSource';
import type { Article } from '../../lib/content/schema';
import { publishedArticles } from '../../lib/library/library';
import { BASE_HASHES_FILE, searchIndexDir } from '../../lib/search/searchIndexDir';
import { SEARCH_INDEX_URL, SHARDS_MANIFEST, type ShardsManifest } from '../../lib/search/searchIndexUrls';
import { writeSearchIndex } from '../../lib/search/writeSearchIndex';

const SHARD_SIZE = Math.max(1, Number(process.env.QARI_SEARCH_SHARD_SIZE) || 1000);
const WORKER = process.argv.indexOf('--worker');

function shardsOf(slugs: string[]): string[][] {
  const shards: string[][] = [];
  for (let start = 0; start < Math.max(1, slugs.length); start += SHARD_SIZE) {
    shards.push(slugs.slice(start, start + SHARD_SIZE));
  }
  return shards;
}

/** Writes shards `worker`, `worker + workers`, … (one article parsed at a time). */
async function writeShards(shards: string[][], worker: number, workers: number) {
  function* articles(part: string[]): Generator<Article> {
    for (const slug of part) yield content().getArticle(slug)!;
  }
  for (let shard = worker; shard < shards.length; shard += workers) {
    await writeSearchIndex(articles(shards[shard]!), path.join(searchIndexDir(), String(shard)));
  }
}

function runWorker(worker: number, workers: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, [...process.argv.slice(2), '--worker', `${worker}/${workers}`], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`search index worker ${worker} exited with ${code}`)),
    );
  });
}

async function main() {
  const started = performance.now();
  const dev = process.argv.includes('--dev');
  // Chooses the content source (lib/content/source): drafts are indexed in development only.
  if (!dev) Object.assign(process.env, { NODE_ENV: 'production' });
  const slugs = publishedArticles().map((entry) => entry.slug);
  const shards = shardsOf(slugs);
  if (WORKER > 0) {
    const [worker, workers] = process.argv[WORKER + 1]!.split('/').map(Number);
    return writeShards(shards, worker!, workers!);
  }
  const outputPath = searchIndexDir();
  rmSync(outputPath, { recursive: true, force: true });
  mkdirSync(outputPath, { recursive: true });
  const workers = Math.min(shards.length, Number(process.env.QARI_BUILD_WORKERS) || availableParallelism());
  // This process writes its share too: an idle parent holding the library's entries was 250 MiB
  // of the build's peak at 20,000 articles.
  await Promise.all([
    writeShards(shards, 0, workers),
    ...Array.from({ length: workers - 1 }, (_, worker) => runWorker(worker + 1, workers)),
  ]);
  const manifest: ShardsManifest = { shards: shards.map((_, shard) => `${SEARCH_INDEX_URL}${shard}/`) };
  writeFileSync(path.join(outputPath, SHARDS_MANIFEST), JSON.stringify(manifest));
  const hashes = content().publishedHashes();
  writeFileSync(path.join(outputPath, BASE_HASHES_FILE), JSON.stringify(Object.fromEntries(hashes)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${slugs.length} articles in ${shards.length} shard(s) → ${outputPath} in ${seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
