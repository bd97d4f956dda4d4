import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error';
import type { Actor } from './actor';
import { ActorService } from './actor.service';
import { TokenService } from './token.service';

/** Bearer tokens come from the Authorization header only: a token in the query string is never read. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1] : null;
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
  ) {}

  /** The caller of a request (REST): the remembered caller may answer (see ActorCache). */
  async authenticate(token: string | null): Promise<Actor> {
    return (await this.session(token, false)).actor;
  }

  /**
   * The caller of a socket, and when its token expires (the socket is closed then). Always read from the database:
   * a socket lasts, and a user whose access was just revoked on another instance must not get one from a row this
   * instance has not forgotten yet.
   */
  authenticateSocket(token: string | null): Promise<{ actor: Actor; expiresAt: number }> {
    return this.session(token, true);
  }

  private async session(token: string | null, fresh: boolean): Promise<{ actor: Actor; expiresAt: number }> {
    if (!token) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    const payload = this.tokens.verifyAccess(token);
    return { actor: await this.actors.actorFor(payload, { fresh }), expiresAt: payload.exp * 1000 };
  }
}
