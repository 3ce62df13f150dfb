import { describe, expect, it } from 'vitest';
import { getPathname } from './navigation';

describe('getPathname', () => {
  it('prefixes every path with its locale, the home page included', () => {
    expect(getPathname({ locale: 'ar', href: '/' })).toBe('/ar');
    expect(getPathname({ locale: 'en', href: '/articles/x' })).toBe('/en/articles/x');
  });
});
