import { HttpException } from '@nestjs/common';
import type { ErrorCode, ErrorDetail, ErrorResponse, OccurrenceErrorDetail } from '@app/contracts';
import { QueryFailedError } from 'typeorm';
import { AppError, TooManyRequestsError } from './app-error';
import { httpStatusOf, reasonPhrase } from './error-status';

/** Unique constraints whose violation is a client's fault, by constraint name. */
const UNIQUE_CONSTRAINT_CODES: Record<string, ErrorCode> = {
  uq_users_email: 'EMAIL_TAKEN',
  uq_doctors_license_number: 'LICENSE_TAKEN',
};

const EXCLUSION_CONSTRAINT_CODES: Record<string, ErrorCode> = {
  ex_appointments_doctor_overlap: 'APPOINTMENT_CONFLICT',
  ex_appointments_patient_overlap: 'APPOINTMENT_CONFLICT',
  ex_working_hours_overlap: 'SCHEDULE_INVALID',
};

/** Also what a booking answers when its insert finds an overlap itself (`ON CONFLICT DO NOTHING`), word for word. */
export const APPOINTMENT_CONFLICT_MESSAGE = 'The time overlaps another appointment of the doctor or the patient';

const MESSAGES: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: 'This email is already registered',
  LICENSE_TAKEN: 'This licence number is already registered',
  APPOINTMENT_CONFLICT: APPOINTMENT_CONFLICT_MESSAGE,
  SCHEDULE_INVALID: 'Working hours of one day overlap',
};

/** SQLSTATEs and driver errors that mean "the database (or Redis) is not reachable right now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
  '57014',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export interface MappedError {
  status: number;
  body: ErrorResponse;
  headers: Record<string, string>;
  /** Unexpected: log it with its stack (server side only). */
  unexpected: boolean;
}

interface ErrorWithCode {
  code?: unknown;
  statusCode?: unknown;
  constraint?: unknown;
  message?: unknown;
  name?: unknown;
}

function describe(error: unknown): ErrorWithCode {
  return typeof error === 'object' && error !== null ? error : {};
}

/**
 * A dependency we cannot do without is down: the database, or Redis where it holds shared state (rate limits):
 * 503 with `Retry-After`, never a 500 the client cannot tell from a bug.
 */
function isDependencyUnavailable(error: unknown): boolean {
  const e = describe(error);
  const driverError = error instanceof QueryFailedError ? describe(error.driverError) : e;
  const code = typeof driverError.code === 'string' ? driverError.code : '';
  const message = typeof driverError.message === 'string' ? driverError.message : '';
  return (
    // ioredis: its retries for a command spent, its connection closed (also while it quits), or no answer within the
    // command timeout (`COMMAND_TIMEOUT_MS`).
    e.name === 'MaxRetriesPerRequestError' ||
    (e.name === 'Error' && (message === 'Command timed out' || message === 'Connection is closed.')) ||
    UNAVAILABLE_SQLSTATES.has(code) ||
    UNAVAILABLE_NODE_CODES.has(code) ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|Connection is not established/i.test(
      message,
    )
  );
}

function fromQueryFailed(error: QueryFailedError<Error>): { code: ErrorCode; message: string } | null {
  const driverError = describe(error.driverError);
  const constraint = typeof driverError.constraint === 'string' ? driverError.constraint : '';
  if (driverError.code === '23P01') {
    const code = EXCLUSION_CONSTRAINT_CODES[constraint] ?? 'APPOINTMENT_CONFLICT';
    return { code, message: MESSAGES[code] ?? 'Conflict' };
  }
  if (driverError.code === '23505' && UNIQUE_CONSTRAINT_CODES[constraint]) {
    const code = UNIQUE_CONSTRAINT_CODES[constraint];
    return { code, message: MESSAGES[code] ?? 'Already exists' };
  }
  return null;
}

function fromHttpException(exception: HttpException): { code: ErrorCode; message: string; status: number } {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const raw =
    typeof response === 'object' && response !== null && 'message' in response ? response.message : exception.message;
  const message = Array.isArray(raw) ? raw.join('; ') : String(raw);
  switch (status) {
    case 400:
      return { status, code: 'VALIDATION_FAILED', message };
    case 401:
      return { status, code: 'UNAUTHORIZED', message: 'Missing or invalid access token' };
    case 403:
      return { status, code: 'FORBIDDEN', message: 'You may not do this' };
    case 404:
      return { status, code: 'ROUTE_NOT_FOUND', message };
    case 413:
      return { status, code: 'PAYLOAD_TOO_LARGE', message: 'Request body is larger than 100 KiB' };
    case 415:
      return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message };
    case 429:
      return { status, code: 'TOO_MANY_REQUESTS', message: 'Too many requests' };
    default:
      return status >= 500
        ? { status: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' }
        : { status, code: 'VALIDATION_FAILED', message };
  }
}

/** Fastify's own errors (body parsing, content type, size) carry a statusCode and an FST_ code. */
function fromFastifyError(error: ErrorWithCode): { code: ErrorCode; message: string; status: number } | null {
  const code = typeof error.code === 'string' ? error.code : '';
  const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Request body is larger than 100 KiB' };
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send application/json' };
  }
  if (code.startsWith('FST_ERR_CTP') || (status === 400 && error instanceof SyntaxError)) {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' };
  }
  if (status >= 400 && status < 500 && code.startsWith('FST_')) {
    return { status, code: 'VALIDATION_FAILED', message: 'Malformed request' };
  }
  return null;
}

/** Turns anything thrown while serving a request into the contract's error shape. */
export function toErrorResponse(exception: unknown, path: string, requestId: string): MappedError {
  let status = 500;
  let code: ErrorCode = 'INTERNAL_ERROR';
  let message = 'Internal server error';
  let details: (ErrorDetail | OccurrenceErrorDetail)[] | undefined;
  let headers: Record<string, string> = {};
  let unexpected = false;

  if (exception instanceof AppError) {
    code = exception.code;
    status = httpStatusOf(code);
    message = exception.message;
    details = exception.details;
    if (exception instanceof TooManyRequestsError) {
      headers = { 'Retry-After': String(exception.retryAfterSeconds) };
    }
  } else if (exception instanceof HttpException) {
    ({ status, code, message } = fromHttpException(exception));
    unexpected = status >= 500;
  } else if (exception instanceof QueryFailedError && fromQueryFailed(exception as QueryFailedError<Error>)) {
    const mapped = fromQueryFailed(exception as QueryFailedError<Error>)!;
    code = mapped.code;
    message = mapped.message;
    status = httpStatusOf(code);
  } else if (isDependencyUnavailable(exception)) {
    status = 503;
    code = 'SERVICE_UNAVAILABLE';
    message = 'The service is temporarily unavailable; try again shortly';
    headers = { 'Retry-After': '5' };
    unexpected = true;
  } else {
    const fastify = fromFastifyError(describe(exception));
    if (fastify) {
      ({ status, code, message } = fastify);
    } else {
      unexpected = true;
    }
  }

  const body: ErrorResponse = {
    statusCode: status,
    error: reasonPhrase(status),
    code,
    message,
    ...(details && details.length > 0 ? { details } : {}),
    path,
    timestamp: new Date().toISOString(),
    requestId,
  };
  return { status, body, headers, unexpected };
}
