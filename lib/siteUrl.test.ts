import { describe, expect, it } from 'vitest';
import { siteUrlProblem } from './siteUrl';

describe('siteUrlProblem', () => {
  it.each([
    ['https://qari.example', null],
    ['https://qari.example/', null],
    ['https://qari.example/news/', /origin only, such as https:\/\/qari.example/],
    ['https://qari.example?x=1', /origin only/],
    ['https://user:pw@qari.example', /origin only/],
    ['http://localhost:3000', null],
    ['http://127.0.0.1:3210', null],
    [undefined, /SITE_URL is not set/],
    ['', /SITE_URL is not set/],
    ['qari.example', /not an absolute URL/],
    ['http://qari.example', /must use https/],
    ['ftp://qari.example', /must use https/],
  ])('%s → %s', (value, expected) => {
    const problem = siteUrlProblem(value);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
