import { expect } from '@playwright/test';

/** Every answer, errors included, carries the whole set, wherever it comes from. */
export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("object-src 'none'");
  expect(csp, where).toContain("base-uri 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toMatch(/https?:\/\//);
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], where).toBe('camera=(), microphone=(), geolocation=(), browsing-topics=()');
  expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(headers['x-powered-by'], where).toBeUndefined();
}

/** Headers Next's client router sends: an attacker can send them too, to poison a cache. */
export const ROUTER_REQUEST_HEADERS: Record<string, string>[] = [
  { RSC: '1' },
  { 'Next-Router-Prefetch': '1' },
  { RSC: '1', 'Next-Router-State-Tree': '%5B%5D' },
];
