import type { OpenAPIObject } from '@nestjs/swagger';

/** The document's tags, in reading order; every controller's `@ApiTags` must be one of these. */
export const API_TAGS: readonly [name: string, description: string][] = [
  ['auth', 'Register, log in, trade a refresh token, log out'],
  ['users', 'Accounts: the caller’s own, or any for an admin'],
  ['patients', 'Patient profiles; every read and write is audited'],
  ['medical records', 'A patient’s medical records; audited, never deleted'],
  ['doctors', 'The doctor directory, weekly hours, time off, free slots and presence'],
  ['appointments', 'Booking, rescheduling and the life cycle of appointments'],
  ['notifications', 'The caller’s inbox; admin messages and broadcasts'],
  ['audit', 'Who read or changed which patient’s data (admin)'],
  ['health', 'Liveness and readiness probes (no prefix, no token)'],
];

/** Signed access tokens; the claims RFC8725 asks for are what `TokenService` checks. */
export const BEARER_DESCRIPTION =
  'The `accessToken` of a `TokenResponse`: a JWT signed with HS256 only (the algorithm is pinned, `none` is ' +
  'refused), with issuer, audience and expiry always checked, as RFC8725 recommends. Refresh tokens carry another ' +
  'audience and are never accepted here.';

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const ERROR_CONTENT = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponseDto' } } };

/**
 * Answers that follow from an operation's shape, so no handler lists them itself: 400 `VALIDATION_FAILED` on every
 * operation that takes input (a body, a query, a path id or a header); 404 on every operation with a path id (a
 * well-formed id the caller may not see is not found, API.md); 413 and 415 on every operation with a body; and the
 * generic 500, which never carries internals. A handler's own description of one of these wins.
 */
export function describeCommonAnswers(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) {
        continue;
      }
      const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      if (takesInput && !operation.responses['400']) {
        operation.responses['400'] = {
          description: '`VALIDATION_FAILED`, with `details` naming each offending field',
          content: ERROR_CONTENT,
        };
      }
      if (operation.parameters?.some((parameter) => 'in' in parameter && parameter.in === 'path')) {
        operation.responses['404'] ??= {
          description: 'The id in the path names nothing the caller may see (`…_NOT_FOUND`, never a hint it exists)',
          content: ERROR_CONTENT,
        };
      }
      if (operation.requestBody !== undefined) {
        operation.responses['413'] ??= {
          description: '`PAYLOAD_TOO_LARGE`: the body is over 100 KiB',
          content: ERROR_CONTENT,
        };
        operation.responses['415'] ??= {
          description: '`UNSUPPORTED_MEDIA_TYPE`: the body is not `application/json`',
          content: ERROR_CONTENT,
        };
      }
      operation.responses['500'] ??= {
        description: 'An unexpected error: a generic message and the request id, never internals',
        content: ERROR_CONTENT,
      };
    }
  }
  return document;
}
