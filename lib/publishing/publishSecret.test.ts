import { describe, expect, it } from 'vitest';
import { bearer, publishAllowed } from './publishSecret';

describe('publishAllowed', () => {
  it('takes exactly the server’s secret, as a bearer token', () => {
    expect(publishAllowed(bearer('s3cret'), 's3cret')).toBe(true);
    expect(publishAllowed(bearer('s3cre'), 's3cret')).toBe(false);
    expect(publishAllowed(bearer('s3cret '), 's3cret')).toBe(false);
    expect(publishAllowed('s3cret', 's3cret')).toBe(false);
    expect(publishAllowed(null, 's3cret')).toBe(false);
  });

  it('refuses everything when the server has no secret', () => {
    expect(publishAllowed(bearer(''), '')).toBe(false);
    expect(publishAllowed(bearer('anything'), undefined)).toBe(false);
  });
});
