import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '@app/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError } from '../common/errors/app-error';
import {
  ACCESS_AUDIENCE,
  AccessTokenPayload,
  REFRESH_AUDIENCE,
  RefreshTokenPayload,
  type VerifiedAccessToken,
} from './actor';

export const JWT_ALGORITHM = 'HS256' as const;

/** Access tokens verified recently: a client sends the same one with every request until it expires. */
const MAX_VERIFIED_TOKENS = 10_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Signs and checks tokens. Only HS256 is accepted (`alg: none` and every other algorithm fail), `exp`, `iss` and
 * `aud` are required, and access and refresh tokens have distinct audiences and `typ` so neither passes for the other.
 */
@Injectable()
export class TokenService {
  /**
   * Access tokens whose signature and claims were checked, by their exact text, until their `exp`: the HMAC and
   * claim checks were a tenth of an authenticated request's CPU, and only the same bytes can hit an entry.
   */
  private readonly verifiedAccess = new Map<string, VerifiedAccessToken>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccess(userId: string, role: Role, version: number): string {
    const payload: AccessTokenPayload = { sub: userId, role, typ: 'access', ver: version };
    return this.jwt.sign(payload, {
      algorithm: JWT_ALGORITHM,
      expiresIn: this.config.jwt.accessTtl,
      issuer: this.config.jwt.issuer,
      audience: ACCESS_AUDIENCE,
    });
  }

  signRefresh(userId: string, familyId: string): { token: string; jti: string; expiresAt: Date } {
    const jti = randomUUID();
    const payload: RefreshTokenPayload = { sub: userId, typ: 'refresh', jti, fam: familyId };
    const token = this.jwt.sign(payload, {
      algorithm: JWT_ALGORITHM,
      expiresIn: this.config.jwt.refreshTtl,
      issuer: this.config.jwt.issuer,
      audience: REFRESH_AUDIENCE,
    });
    return { token, jti, expiresAt: new Date(Date.now() + this.config.jwt.refreshTtl * 1000) };
  }

  verifyAccess(token: string): VerifiedAccessToken {
    const known = this.verifiedAccess.get(token);
    if (known) {
      if (unexpired(known)) {
        return known;
      }
      this.verifiedAccess.delete(token);
    }
    const verified = this.checkAccess(token);
    if (this.verifiedAccess.size >= MAX_VERIFIED_TOKENS) {
      const oldest = this.verifiedAccess.keys().next();
      if (!oldest.done) {
        this.verifiedAccess.delete(oldest.value);
      }
    }
    this.verifiedAccess.set(token, Object.freeze(verified));
    return verified;
  }

  private checkAccess(token: string): VerifiedAccessToken {
    const payload = this.verify(token, ACCESS_AUDIENCE);
    if (
      payload.typ !== 'access' ||
      typeof payload.sub !== 'string' ||
      typeof payload.role !== 'string' ||
      typeof payload.ver !== 'number'
    ) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    return payload as unknown as VerifiedAccessToken;
  }

  verifyRefresh(token: string): RefreshTokenPayload {
    const payload = this.verify(token, REFRESH_AUDIENCE, 'INVALID_TOKEN');
    if (
      payload.typ !== 'refresh' ||
      typeof payload.sub !== 'string' ||
      typeof payload.jti !== 'string' ||
      typeof payload.fam !== 'string'
    ) {
      throw new AppError('INVALID_TOKEN', 'Invalid refresh token');
    }
    return payload as unknown as RefreshTokenPayload;
  }

  hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  private verify(token: string, audience: string, code: 'UNAUTHORIZED' | 'INVALID_TOKEN' = 'UNAUTHORIZED') {
    let payload: unknown;
    try {
      payload = this.jwt.verify(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience,
      });
    } catch {
      throw new AppError(code, code === 'UNAUTHORIZED' ? 'Missing or invalid access token' : 'Invalid refresh token');
    }
    // jsonwebtoken accepts a token without `exp`; we never issue one, so never accept one.
    if (!isObject(payload) || typeof payload.exp !== 'number') {
      throw new AppError(code, code === 'UNAUTHORIZED' ? 'Missing or invalid access token' : 'Invalid refresh token');
    }
    return payload;
  }
}

/** jsonwebtoken's own rule: a token is expired from the second `exp` on. */
function unexpired(payload: VerifiedAccessToken): boolean {
  return Math.floor(Date.now() / 1000) < payload.exp;
}
