import { createHash, timingSafeEqual } from 'node:crypto';
import { publishSecretProblem } from './publishSecretRule.mjs';

/** The header a publish request carries its secret in: `Authorization: Bearer <QARI_PUBLISH_SECRET>`. */
export const bearer = (secret: string) => `Bearer ${secret}`;

/**
 * Whether `authorization` carries the server's publish secret. Compared in constant time (both
 * sides hashed first, so their lengths match too); a server without a secret of at least
 * MIN_SECRET_LENGTH characters takes no publish at all (lib/publishing/publishSecretRule.mjs).
 */
export function publishAllowed(authorization: string | null, secret = process.env.QARI_PUBLISH_SECRET): boolean {
  if (publishSecretProblem(secret) || !authorization) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(authorization), digest(bearer(secret!)));
}
