// Next's cache in Redis, shared by every app server (next.config.ts sets this file as
// `cacheHandler` when REDIS_URL is set): @trieb.work/nextjs-turbo-redis-cache, with one guard.
// The handler waits up to 30 s for its first sync with Redis before it answers anything, so a
// server started while Redis is down would hold every reader for 30 s. Here no read or write
// waits longer than a cache is worth: one that has not answered in time counts as a miss (the
// page is rendered) and, for the next few seconds, the cache is not asked at all.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- Next loads a CommonJS handler
const RedisCache = require('@trieb.work/nextjs-turbo-redis-cache').default;

const WAIT_MS = 600;
const REST_MS = 5000;
let restUntil = 0;

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {T} fallback
 * @returns {Promise<T>}
 */
function atMost(promise, fallback) {
  promise.catch(() => undefined);
  if (Date.now() < restUntil) return Promise.resolve(fallback);
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {Promise<T>} */
  const late = new Promise((resolve) => {
    timer = setTimeout(() => {
      restUntil = Date.now() + REST_MS;
      resolve(fallback);
    }, WAIT_MS);
  });
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

module.exports = class SharedCache {
  /** @param {object} options Next's cache handler options */
  constructor(options) {
    // Its methods take what Next passes, passed through unchanged.
    /** @type {Record<'get' | 'set' | 'revalidateTag' | 'resetRequestCache', (...args: any[]) => Promise<any>>} */
    this.cache = /** @type {any} */ (new RedisCache(options));
  }

  /** @param {any[]} args */
  get(...args) {
    return atMost(this.cache.get(...args), null);
  }

  /** @param {any[]} args */
  set(...args) {
    return atMost(this.cache.set(...args), undefined);
  }

  // Not bounded: a publish asks Redis first and is refused whole when it does not answer.
  /** @param {any[]} args */
  revalidateTag(...args) {
    return this.cache.revalidateTag(...args);
  }

  /** @param {any[]} args */
  resetRequestCache(...args) {
    return this.cache.resetRequestCache(...args);
  }
};
