import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtension,
  ApiForbiddenResponse,
  ApiSecurity,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Role, Scope } from '@app/contracts';
import type { Actor } from './actor';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { API_KEY_SCHEME } from '../common/http/openapi';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const SCOPE = 'auth:scope';

/** No token needed (register, login, refresh, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * A protected route: the global guard checks the token (or API key) and the access policy the route's access
 * (`AccessPolicy.requireRoute`): when `roles` is given, the caller's role (403 otherwise); an API key only where
 * `scope` is given and the key has it (403 `INSUFFICIENT_SCOPE` otherwise), judged as an admin for `roles`. Also
 * writes the route's security (bearer; `api-key` too with a scope) and its 401/403 answers into the OpenAPI document.
 */
export function Auth(options: { roles?: Role[]; scope?: Scope } = {}) {
  const decorators = [
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid or expired access token', type: ErrorResponseDto }),
  ];
  if (options.roles && options.roles.length > 0) {
    decorators.push(SetMetadata(ROLES, options.roles));
  }
  if (options.scope) {
    decorators.push(
      SetMetadata(SCOPE, options.scope),
      ApiSecurity(API_KEY_SCHEME),
      ApiExtension('x-api-key-scope', options.scope),
      ApiTooManyRequestsResponse({
        type: ErrorResponseDto,
        description: 'An API key past its own limit (`RATE_LIMIT_API_KEY_PER_MINUTE`); see `Retry-After`',
      }),
    );
  }
  const refusals = [
    ...(options.roles && options.roles.length > 0 ? [`only ${options.roles.join(', ')}`] : []),
    ...(options.scope ? [`an API key without \`${options.scope}\` (\`INSUFFICIENT_SCOPE\`)`] : []),
  ];
  if (refusals.length > 0) {
    decorators.push(ApiForbiddenResponse({ description: `Refused: ${refusals.join('; ')}`, type: ErrorResponseDto }));
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
