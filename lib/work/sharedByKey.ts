/**
 * Concurrent calls for the same key share one run of `make` (DataLoader's in-flight pattern):
 * the first starts it, the others get its promise; once it settles, the next call starts anew.
 * For work made on first request (an Open Graph image, a search index): a burst of crawlers
 * arriving together costs one render, and all of them get the same bytes.
 */
export function sharedByKey<A, T>(keyOf: (arg: A) => string, make: (arg: A) => Promise<T>): (arg: A) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (arg) => {
    const key = keyOf(arg);
    const known = running.get(key);
    if (known) return known;
    const started = make(arg).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
