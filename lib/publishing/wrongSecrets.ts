import 'server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { sharedCacheUrl } from './sharedCache';

/** Wrong publish secrets a client may send in a minute before it must wait. */
export const WRONG_SECRETS_PER_MINUTE = 5;
const WINDOW_S = 60;

let limiter: RateLimiterAbstract | null = null;

/**
 * Wrong secrets by client: in this process, or in Redis when several servers share it (one
 * count for the whole site, kept in this process while Redis does not answer).
 */
function wrongSecrets(): RateLimiterAbstract {
  if (limiter) return limiter;
  const options = { keyPrefix: 'qari-publish-wrong-secret', points: WRONG_SECRETS_PER_MINUTE, duration: WINDOW_S };
  const memory = new RateLimiterMemory(options);
  const url = sharedCacheUrl();
  if (!url) return (limiter = memory);
  const client = createClient({ url, socket: { connectTimeout: 500 } });
  client.on('error', () => undefined);
  void client.connect().catch(() => undefined);
  limiter = new RateLimiterRedis({
    ...options,
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
  return limiter;
}

/**
 * Counts one wrong secret from `client`. Returns how many seconds it must wait before trying
 * again (it sent more than WRONG_SECRETS_PER_MINUTE this minute), or 0.
 */
export async function countWrongSecret(client: string): Promise<number> {
  try {
    await wrongSecrets().consume(client);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
