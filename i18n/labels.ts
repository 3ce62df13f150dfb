import type { Messages } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * An island's words: the messages of its namespace as written, handed over whole by the server;
 * the island fills in the templates it owns (`{heading}`, `{count}`). Typed from messages/en.json,
 * so a key added or removed there is a type error wherever its labels are used.
 */
export async function labelsOf<N extends keyof Messages>(namespace: N): Promise<Messages[N]>;
export async function labelsOf<N extends keyof Messages, K extends keyof Messages[N]>(
  namespace: N,
  keys: readonly K[],
): Promise<Pick<Messages[N], K>>;
export async function labelsOf<N extends keyof Messages>(namespace: N, keys?: readonly (keyof Messages[N])[]) {
  const messages = ((await getMessages()) as Messages)[namespace];
  return keys ? Object.fromEntries(keys.map((key) => [key, messages[key]])) : messages;
}
