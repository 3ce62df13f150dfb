import { describe, expect, it } from 'vitest';
import { aroundPlaceholder, fillTemplate } from './messageTemplate';

describe('message templates', () => {
  it('fills every placeholder, in any order, and leaves an unknown one as written', () => {
    expect(fillTemplate('القسم {current} من {total}', { total: '8', current: '3' })).toBe('القسم 3 من 8');
    expect(fillTemplate('{count} results for {query}', { count: '2' })).toBe('2 results for {query}');
  });

  it('splits around a placeholder, for an element in its place', () => {
    expect(aroundPlaceholder('Continue from «{heading}»?', 'heading')).toEqual(['Continue from «', '»?']);
    expect(aroundPlaceholder('{heading}', 'heading')).toEqual(['', '']);
  });
});
