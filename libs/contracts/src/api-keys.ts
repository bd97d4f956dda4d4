/** What an API key may do; each scope opens a set of routes (see the access policy). */
export const API_KEY_SCOPES = [
  'appointments:read',
  'appointments:write',
  'doctors:read',
  'doctors:write',
  'patients:read',
  'webhooks:manage',
  'fhir:read',
] as const;
export type Scope = (typeof API_KEY_SCOPES)[number];

/**
 * Every key starts with this, then its recognisable part, then its secret: `cbk_` + 8 + `_` + 43 characters. A bearer
 * credential that starts with it is a key; anything else is read as an access token (a JWT starts with `eyJ`).
 */
export const API_KEY_MARK = 'cbk_';

/** An API key as listed: never the key itself (it is kept only as a hash). */
export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  /** The key's first characters (`cbk_` + 8), not secret: enough to tell keys apart in a list or a log. */
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  /** Kept to within a few seconds (usage is written in batches). */
  lastUsedAt: string | null;
}

/** The answer of creating a key: the only time `key` is shown. */
export interface CreatedApiKey extends ApiKey {
  key: string;
}
