import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@app/contracts';
import { types } from 'node:util';
import { AccessPolicy } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import type { Actor } from './actor';
import { IS_PUBLIC, ROLES } from './auth.decorators';

/** Global: every route needs a valid access token unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<TUser = Actor>(error: unknown, user: TUser | false): TUser {
    // Only a missing or bad token is a 401: a database outage while loading the caller must answer 503, not
    // tell the client to log in again. Token errors are already AppErrors; the global filter maps the rest.
    // (isNativeError, not instanceof: socket errors come from Node's own realm, which differs under Jest.)
    if (types.isNativeError(error)) {
      throw error;
    }
    if (error || !user) {
      throw new AppError('UNAUTHORIZED', 'Missing or invalid access token');
    }
    return user;
  }
}

/** Global, after the JWT guard: `@Auth({ roles })` limits a route to those roles (403 otherwise). */
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
    if (!roles || roles.length === 0) {
      return true;
    }
    const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
    this.access.requireRole(actor, roles);
    return true;
  }
}
