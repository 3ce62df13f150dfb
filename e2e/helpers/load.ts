import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';

/** Readers at one address: how many connections, and the path each next request asks for. */
export interface Readers {
  url: string;
  connections: number;
  path: () => string;
}

type Load = Promise<autocannon.Result> & EventEmitter & { stop: () => void };

/**
 * Readers (autocannon) for as long as `during` runs, at each of `readers`. Returns what `during`
 * returned and every reader request's outcome: a request that got no answer (an error or past
 * `timeoutSeconds`) is `failed`, with the reasons seen.
 */
export async function underLoad<T>(readers: Readers[], during: () => Promise<T>, timeoutSeconds = 10) {
  const reasons = new Set<string>();
  const loads = readers.map(({ url, connections, path }) => {
    // Called without a callback, autocannon returns a promise that is also an event emitter.
    const load = autocannon({
      url,
      connections,
      duration: 600,
      timeout: timeoutSeconds,
      requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
    }) as Load;
    load.on('reqError', (error: NodeJS.ErrnoException) => reasons.add(error.code ?? error.message));
    return load;
  });
  let value: T;
  try {
    value = await during();
  } finally {
    for (const load of loads) load.stop();
  }
  const results = await Promise.all(loads);
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    value,
    readers: {
      requests: sum((r) => r.requests.total),
      failed: sum((r) => r.errors + r.timeouts),
      non2xx: sum((r) => r.non2xx),
      reasons: [...reasons],
    },
  };
}

/** `paths` in turn, round and round. */
export function inTurn(paths: readonly string[]): () => string {
  let turn = 0;
  return () => paths[turn++ % paths.length]!;
}

export const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
