import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { IncomingHttpHeaders } from 'node:http';
import { Strategy } from 'passport-custom';
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
 * The one authentication path, shared by REST (this Passport strategy) and the Socket.IO handshake
 * (`authenticate` directly): verify the token, then load the caller and refuse retired tokens.
 */
@Injectable()
export class AccessTokenAuthenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly actors: ActorService,
  ) {}

  /**
   * `fresh`: read the caller from the database even when it is remembered. For what lasts (a socket lives until
   * its token expires): a user whose access was just revoked on another instance must not get a new socket from a
   * row this instance has not forgotten yet.
   */
  async authenticate(token: string | null, options: { fresh?: boolean } = {}): Promise<Actor> {
    if (!token) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    return this.actors.actorFor(this.tokens.verifyAccess(token), options);
  }
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(private readonly authenticator: AccessTokenAuthenticator) {
    super();
  }

  async validate(request: { headers: IncomingHttpHeaders }): Promise<Actor> {
    return this.authenticator.authenticate(bearerToken(request.headers.authorization));
  }
}
