import { describe, expect, it } from 'vitest';
import { bearer, publishAllowed } from './publishSecret';
import { MIN_SECRET_LENGTH, publishSecretProblem } from './publishSecretRule.mjs';

const SECRET = 'k3Vq9mZp2LxR7tWb4NcY8hJd6FgS1aQe';

describe('publishAllowed', () => {
  it('takes exactly the server’s secret, as a bearer token', () => {
    expect(publishAllowed(bearer(SECRET), SECRET)).toBe(true);
    expect(publishAllowed(bearer(SECRET.slice(1)), SECRET)).toBe(false);
    expect(publishAllowed(bearer(`${SECRET} `), SECRET)).toBe(false);
    expect(publishAllowed(SECRET, SECRET)).toBe(false);
    expect(publishAllowed(null, SECRET)).toBe(false);
  });

  it('refuses everything when the server has no secret, or one too short to be safe', () => {
    expect(publishAllowed(bearer(''), '')).toBe(false);
    expect(publishAllowed(bearer('anything'), undefined)).toBe(false);
    const short = SECRET.slice(0, MIN_SECRET_LENGTH - 1);
    expect(publishAllowed(bearer(short), short)).toBe(false);
  });
});

describe('publishSecretProblem', () => {
  it('says why a server takes no publish, and how to make a secret', () => {
    expect(publishSecretProblem(undefined)).toMatch(/not set/);
    expect(publishSecretProblem('x')).toMatch(/1 characters, fewer than 32.*openssl rand -base64 32/);
    expect(publishSecretProblem(SECRET)).toBeNull();
  });
});
