import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@app/contracts';
import type { FastifyRequest } from 'fastify';
import { types } from 'node:util';
import { AccessPolicy } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { Actor } from './actor';
import type { Scope } from '@app/contracts';
import { IS_PUBLIC, ROLES, SCOPE } from './auth.decorators';
import { AccessTokenAuthenticator, requestCredential } from './jwt.strategy';

/**
 * Global: every route needs a valid access token unless marked `@Public()`. The token is checked by the one
 * authentication path (`AccessTokenAuthenticator`: the key object, HS256, issuer, audience, expiry, then the caller),
 * called directly: Passport added a strategy lookup, a callback chain and its request helpers to every request
 * around that same call. The caller goes to `request.user`, where `@CurrentUser()` reads it.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: AccessTokenAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Actor }>();
    try {
      request.user = await this.authenticator.authenticate(requestCredential(request.headers));
    } catch (error) {
      // Only a missing or bad token is a 401: a database outage while loading the caller must answer 503, not
      // tell the client to log in again. Token errors are already AppErrors; the global filter maps the rest.
      // (isNativeError, not instanceof: socket errors come from Node's own realm, which differs under Jest.)
      if (types.isNativeError(error)) {
        throw error;
      }
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    return true;
  }
}

/**
 * Global, after the JWT guard: the route's access by the access policy (`requireRoute`): `@Auth({ roles })` limits a
 * route to those roles, `@Auth({ scope })` opens it to API keys with that scope (any other key: 403).
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessPolicy,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const scope = this.reflector.getAllAndOverride<Scope | undefined>(SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    if (!actor && (!roles || roles.length === 0)) {
      return true; // a public route
    }
    this.access.requireRoute(actor, { roles, scope });
    return true;
  }
}
