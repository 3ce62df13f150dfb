// The one rule for the publish secret, read by the server at start (lib/http/serve.mjs, which
// says why it takes no publish) and by the publish endpoint (lib/publishing/publishSecret.ts).

/** Shorter than this, a secret can be guessed: the server takes no publish with it. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Why a server with this QARI_PUBLISH_SECRET takes no publish, or null if it takes them.
 * @param {string | undefined} secret
 * @returns {string | null}
 */
export function publishSecretProblem(secret) {
  if (!secret) return 'QARI_PUBLISH_SECRET is not set: this server takes no publish';
  if (secret.length < MIN_SECRET_LENGTH)
    return (
      `QARI_PUBLISH_SECRET has ${secret.length} characters, fewer than ${MIN_SECRET_LENGTH}: this server takes no ` +
      'publish until it is given a longer one (make one with: openssl rand -base64 32)'
    );
  return null;
}
