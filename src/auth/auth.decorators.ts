import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@app/contracts';
import type { Actor } from './actor';
import { ErrorResponseDto } from '../common/http/error-response.dto';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';

/** No token needed (register, login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A protected route: the global guard checks the token and, when `roles` is given, the caller's role (403
 * otherwise). Also writes the route's security and its 401/403 answers into the OpenAPI document.
 */
export function Auth(options: { roles?: Role[] } = {}) {
  const decorators = [
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired access token', type: ErrorResponseDto }),
  ];
  if (options.roles && options.roles.length > 0) {
    decorators.push(
      SetMetadata(ROLES, options.roles),
      ApiForbiddenResponse({ description: `Only ${options.roles.join(', ')}`, type: ErrorResponseDto }),
    );
  }
  return applyDecorators(...decorators);
}

interface RequestWithActor {
  user?: Actor;
}

/** The authenticated caller. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<RequestWithActor>();
  if (!request.user) {
    throw new Error('CurrentUser used on a public route');
  }
  return request.user;
});
