import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks: a secret is `whsec_` + base64 of the key; 32 random bytes (the spec asks 24..64). */
export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

export function newWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/**
 * The `webhook-signature` header of one attempt, per the Standard Webhooks specification: `v1,` + base64 of
 * HMAC-SHA256 over `id.timestamp.body`, keyed by the base64-decoded part of the secret after `whsec_`. Node's own
 * crypto rather than the `standardwebhooks` package: it is these three lines, and the tests verify the result with
 * that package (and the spec's published example), so the signer and the verifier are not one piece of code.
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}
