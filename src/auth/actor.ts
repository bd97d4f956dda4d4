import type { ActorRole, Role, Scope } from '@app/contracts';

/**
 * The authenticated caller, passed first to every service method that decides access. A user, or an API key
 * (`role: 'integration'`, `userId` is then the key's id, so audit rows and `changedBy` name the key).
 */
export interface Actor {
  userId: string;
  role: ActorRole;
  patientId: string | null;
  doctorId: string | null;
  /** An API key's scopes; absent for users. */
  scopes?: readonly Scope[];
}

/** What authentication needs of an API key: found by the hash of the presented key. */
export interface ApiKeyRow {
  id: string;
  scopes: Scope[];
  expires_at: Date | null;
  revoked_at: Date | null;
}

export interface AccessTokenPayload {
  sub: string;
  role: Role;
  typ: 'access';
  ver: number;
  iat?: number;
  exp?: number;
}

/** An access token whose signature and claims were checked: `exp` is always there (tokens without it are refused). */
export type VerifiedAccessToken = AccessTokenPayload & { exp: number };

export interface RefreshTokenPayload {
  sub: string;
  typ: 'refresh';
  jti: string;
  fam: string;
  exp?: number;
}

export const ACCESS_AUDIENCE = 'clinic-booking-api';
export const REFRESH_AUDIENCE = 'clinic-booking-refresh';
