import { expect } from '@playwright/test';
import { SITE_ORIGIN } from '../buildEnv.mjs';

// Vocabularies a document names by address (SVG, Atom, sitemaps, schema.org): not links.
const VOCABULARIES = /^https?:\/\/(www\.w3\.org|schema\.org|www\.sitemaps\.org)(\/|$)/;

/** Every absolute http(s) address in `text`, vocabularies aside (also inside escaped JSON). */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)]
    .map(([address]) => address)
    .filter((a) => !VOCABULARIES.test(a));
}

/**
 * `text` (a page, feed or sitemap) names the site by its public origin, and names no other
 * origin: not the server's own address, not the localhost a build falls back to.
 */
export function expectNamesOnlyTheSite(text: string, what: string, origin = SITE_ORIGIN) {
  const addresses = addressesIn(text);
  expect(addresses.length, `${what} names no absolute address`).toBeGreaterThan(0);
  expect(
    addresses.filter((address) => address !== origin && !address.startsWith(`${origin}/`)),
    `${what} names another origin than ${origin}`,
  ).toEqual([]);
}
