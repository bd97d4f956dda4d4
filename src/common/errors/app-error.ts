import type { ErrorCode, ErrorDetail, OccurrenceErrorDetail } from '@app/contracts';

/**
 * A business error with a stable code. Modules throw these (or their own subclasses); the single global filter
 * maps the code to an HTTP status through `httpStatusOf`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: (ErrorDetail | OccurrenceErrorDetail)[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(code: ErrorCode, message: string) {
    super(code, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this', code: 'FORBIDDEN' | 'INSUFFICIENT_SCOPE' = 'FORBIDDEN') {
    super(code, message);
  }
}

/** An API key without the scope a route or an action needs (403 `INSUFFICIENT_SCOPE`): a refusal like any 403. */
export class InsufficientScopeError extends ForbiddenError {
  constructor(message: string) {
    super(message, 'INSUFFICIENT_SCOPE');
  }
}

export class ValidationError extends AppError {
  constructor(details: ErrorDetail[], message = 'Request validation failed') {
    super('VALIDATION_FAILED', message, details);
  }
}

/** Over a limit: try again after `retryAfterSeconds` (the edge sends it as `Retry-After`). */
export class TooManyRequestsError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }
}
