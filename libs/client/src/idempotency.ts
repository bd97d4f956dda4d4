/**
 * A fresh `Idempotency-Key` for one booking attempt. Keep it for the retries of that attempt (a timeout, a dropped
 * connection): the service answers a repeat with the first answer for 24 hours instead of booking twice.
 */
export function newIdempotencyKey(): string {
  // Web Crypto: the same global in Node ≥ 19 and in browsers, so the package needs no `node:crypto`.
  return globalThis.crypto.randomUUID();
}
