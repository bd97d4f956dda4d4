import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorDetail,
  type ErrorResponse,
  type OccurrenceErrorDetail,
} from '@app/contracts';

// Marks instances across copies of this package (its CommonJS and ESM builds loaded side by side), where
// `instanceof` alone would miss.
const API_ERROR = Symbol.for('@clinic-booking/client.ClinicApiError');

/** A failed request that answered the contract's error shape: switch on `code`, never on `message`. */
export class ClinicApiError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = 'ClinicApiError';
  readonly statusCode: number;
  readonly code: C;
  /** The offending fields of a 400, or the failing occurrences of a refused recurring series. */
  readonly details: (ErrorDetail | OccurrenceErrorDetail)[];
  readonly requestId: string;
  /** The whole error body (`error`, `path`, `timestamp` too). */
  readonly body: ErrorResponse & { code: C };
  /** The HTTP answer, for headers such as `Retry-After`. */
  readonly response: Response | undefined;

  constructor(body: ErrorResponse & { code: C }, response?: Response) {
    super(body.message);
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.details = body.details ?? [];
    this.requestId = body.requestId;
    this.body = body;
    this.response = response;
    Object.defineProperty(this, API_ERROR, { value: true });
  }
}

/** A failed request whose body is not the contract's error shape (a proxy's 502 page, a code this version lacks). */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';

  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly response?: Response,
  ) {
    super(`The service answered ${status} without the contract's error body`);
  }
}

/**
 * Whether `error` is a `ClinicApiError`, with one of `codes` when given; narrows `code` to them:
 * `if (isApiError(error, 'APPOINTMENT_CONFLICT')) { … }`.
 */
export function isApiError<C extends ErrorCode = ErrorCode>(error: unknown, ...codes: C[]): error is ClinicApiError<C> {
  const branded =
    error instanceof ClinicApiError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[API_ERROR] === true);
  return branded && (codes.length === 0 || (codes as readonly ErrorCode[]).includes((error as ClinicApiError).code));
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) {
    return false;
  }
  const { statusCode, code, message } = body as Record<string, unknown>;
  return (
    typeof statusCode === 'number' && typeof message === 'string' && (ERROR_CODES as readonly unknown[]).includes(code)
  );
}

/** What every openapi-fetch call resolves to. */
interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
/** The success body of an openapi-fetch result (`undefined` for 204). */
export type SuccessData<R> = R extends { data: infer D } ? D : never;

/**
 * Resolves with the body of a successful call, or throws a `ClinicApiError` (or `UnexpectedResponseError`):
 * `const appointment = await unwrap(clinic.POST('/api/v1/appointments', { body }))`.
 */
export async function unwrap<R extends FetchResult>(call: Promise<R> | R): Promise<SuccessData<R>> {
  const result = await call;
  if (result.response.ok) {
    return result.data as SuccessData<R>;
  }
  if (isErrorResponse(result.error)) {
    throw new ClinicApiError(result.error, result.response);
  }
  throw new UnexpectedResponseError(result.response.status, result.error, result.response);
}
