import { Injectable } from '@nestjs/common';
import { API_KEY_MARK } from '@app/contracts';
import { AppError } from '../common/errors/app-error';
import type { Actor } from './actor';
import { ActorCache } from './actor-cache';
import { ActorService } from './actor.service';
import { ApiKeyActors } from './api-key-actors';
import { TokenService } from './token.service';

/** Bearer tokens come from the Authorization header only: a token in the query string is never read. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1] : null;
}

/**
 * The credential of a REST request: `X-API-Key` when sent (it must then be a key), else the bearer token, which may
 * be an access token or an API key (told apart by the key's `cbk_` mark: a JWT starts with `eyJ`).
 */
export function requestCredential(headers: Record<string, string | string[] | undefined>): string | null {
  const apiKey = headers['x-api-key'];
  const value = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  if (value !== undefined) {
    const key = value.trim();
    return key.startsWith(API_KEY_MARK) ? key : null;
  }
  return bearerToken(headers.authorization);
}

/** Whether a credential is an API key rather than an access token. */
export function isApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_MARK);
}

/**
 * The one authentication path, shared by REST (the global `JwtAuthGuard`) and the Socket.IO handshake: verify the
 * token, then load the caller and refuse retired tokens.
 */
@Injectable()
export class AccessTokenAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly actors: ActorService,
    private readonly apiKeys: ApiKeyActors,
    private readonly cache: ActorCache,
  ) {}

  /** The caller of a request (REST), by access token or API key: the remembered caller may answer (see ActorCache). */
  async authenticate(credential: string | null): Promise<Actor> {
    if (credential !== null && isApiKey(credential)) {
      return this.apiKeys.actorFor(credential);
    }
    return (await this.session(credential, false)).actor;
  }

  /**
   * The caller of a socket, and when its token expires (the socket is closed then). Always read from the database:
   * a socket lasts, and a user whose access was just revoked on another instance must not get one from a row this
   * instance has not forgotten yet.
   */
  async authenticateSocket(token: string | null): Promise<{ actor: Actor; expiresAt: number; revocationMark: number }> {
    // Keys reach no Socket.IO namespace (API.md, Integrations); refused here by name, not by failing as a JWT.
    if (token !== null && isApiKey(token)) {
      throw new AppError('UNAUTHORIZED', 'API keys cannot open a socket');
    }
    const revocationMark = this.cache.mark();
    return { ...(await this.session(token, true)), revocationMark };
  }

  /**
   * Whether any access was revoked (here, or on another instance as far as this one has heard) since `mark` was
   * taken: a socket authenticated before a revocation, but in its rooms only after the revocation closed the user's
   * sockets, must be checked once more (`NotificationsGateway.handleConnection`).
   */
  revokedSince(mark: number): boolean {
    return this.cache.mark() !== mark;
  }

  private async session(token: string | null, fresh: boolean): Promise<{ actor: Actor; expiresAt: number }> {
    if (!token) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    const payload = this.tokens.verifyAccess(token);
    return { actor: await this.actors.actorFor(payload, { fresh }), expiresAt: payload.exp * 1000 };
  }
}
