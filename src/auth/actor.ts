import type { Role } from '@app/contracts';

/** The authenticated caller, passed first to every service method that decides access. */
export interface Actor {
  userId: string;
  role: Role;
  patientId: string | null;
  doctorId: string | null;
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
