import { describe, expect, it } from 'vitest';
import { siteUrlMismatch } from './builtSiteUrl.mjs';

describe('siteUrlMismatch', () => {
  it.each([
    // No SITE_URL: the build's address, as deployed.
    [undefined, null],
    ['', null],
    // The same origin, however it is written.
    ['https://qari.example', null],
    ['https://qari.example/', null],
    ['HTTPS://QARI.example:443', null],
    // Another address: refused, naming both.
    ['https://www.qari.example', /names https:\/\/qari.example .* SITE_URL is https:\/\/www.qari.example/],
    ['http://qari.example', /SITE_URL is http:\/\/qari.example/],
    ['not a url', /SITE_URL is not a url/],
  ])('SITE_URL=%s → %s', (given, expected) => {
    const problem = siteUrlMismatch('https://qari.example', given);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
