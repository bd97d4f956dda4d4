import { API_KEY_MARK } from '@app/contracts';
import { createHash, randomBytes } from 'node:crypto';

/** `cbk_` + 8 characters: shown in lists and logs, says which key without giving it away. */
const PREFIX_LENGTH = API_KEY_MARK.length + 8;

/**
 * A new key: `cbk_` + 8 random characters (the prefix) + `_` + 256 random bits (43 base64url characters). Only its
 * SHA-256 is stored. A fast hash is right here and bcrypt is not: bcrypt's cost protects low-entropy secrets (people's
 * passwords) against guessing, but 256 random bits cannot be guessed however fast the hash, and a key is checked on
 * every request, where bcrypt would cost ~100 ms each and could not be looked up by an index.
 */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = `${API_KEY_MARK}${randomBytes(6).toString('base64url')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashApiKey(key) };
}

/** The stored form of a key (hex SHA-256), by which a presented key is found. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
