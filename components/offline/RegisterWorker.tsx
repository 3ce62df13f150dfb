'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (lib/offline/worker.js) once the page has loaded and the
 * browser is idle, so it never competes with the first paint. Production only: development
 * must never answer an editor from a cache.
 */
export function RegisterWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    const whenIdle = () => (window.requestIdleCallback ?? window.setTimeout)(register);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }, []);
  return null;
}
