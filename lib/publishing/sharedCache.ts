import 'server-only';
import { createClient } from 'redis';

/** Several app servers share Next's cache in Redis when REDIS_URL names it (next.config.ts). */
export const sharedCacheUrl = () => process.env.REDIS_URL || null;

/**
 * Why a publish cannot start now, or null. With a shared cache, a publish revalidates pages in
 * Redis for every server: while Redis does not answer, some servers would show the change and
 * others not, so the publish is refused whole instead.
 */
export async function sharedCacheProblem(timeoutMs = 1500): Promise<string | null> {
  const url = sharedCacheUrl();
  if (!url) return null;
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false } });
  client.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([client.connect().then(() => client.ping()), timedOut]);
    return null;
  } catch (error) {
    const where = new URL(url).host;
    return `the shared cache (Redis at ${where}) does not answer (${(error as Error).message}): nothing was published; run the command again when it is back`;
  } finally {
    clearTimeout(timer);
    client.disconnect().catch(() => undefined);
  }
}
