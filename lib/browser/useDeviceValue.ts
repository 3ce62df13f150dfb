'use client';

import { useSyncExternalStore } from 'react';

const noUpdates = () => () => {};

/**
 * A value only this device knows (what localStorage keeps), read once the page has hydrated:
 * null on the server and while hydrating, so both render the same. `read` must return the same
 * object each time it is called (read once and keep it).
 */
export function useDeviceValue<T>(read: () => T): T | null {
  return useSyncExternalStore(noUpdates, read, () => null);
}
