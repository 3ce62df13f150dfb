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

function atMost(promise, fallback) {
  promise.catch(() => undefined);
  if (Date.now() < restUntil) return Promise.resolve(fallback);
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => {
      restUntil = Date.now() + REST_MS;
      resolve(fallback);
    }, WAIT_MS);
  });
  return Promise.race([promise.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}

module.exports = class SharedCache {
  constructor(options) {
    this.cache = new RedisCache(options);
  }

  get(...args) {
    return atMost(this.cache.get(...args), null);
  }

  set(...args) {
    return atMost(this.cache.set(...args), undefined);
  }

  // Not bounded: a publish asks Redis first and is refused whole when it does not answer.
  revalidateTag(...args) {
    return this.cache.revalidateTag(...args);
  }

  resetRequestCache(...args) {
    return this.cache.resetRequestCache(...args);
  }
};
