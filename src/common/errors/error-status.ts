import type { ErrorCode } from '@app/contracts';

function assertUnreachable(value: never): never {
  throw new Error(`Unmapped error code ${String(value)}`);
}

/** The one place where an error code becomes an HTTP status. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'RANGE_TOO_LARGE':
    case 'SCHEDULE_INVALID':
    case 'WEBHOOK_URL_FORBIDDEN':
      return 400;
    case 'UNAUTHORIZED':
    case 'INVALID_CREDENTIALS':
    case 'INVALID_TOKEN':
    case 'TOKEN_REUSED':
      return 401;
    case 'FORBIDDEN':
    case 'ACCOUNT_DISABLED':
    case 'INSUFFICIENT_SCOPE':
      return 403;
    case 'ROUTE_NOT_FOUND':
    case 'PATIENT_NOT_FOUND':
    case 'DOCTOR_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'RECORD_NOT_FOUND':
    case 'APPOINTMENT_NOT_FOUND':
    case 'TIME_OFF_NOT_FOUND':
    case 'NOTIFICATION_NOT_FOUND':
    case 'HOLD_NOT_FOUND':
    case 'SERIES_NOT_FOUND':
    case 'WEBHOOK_NOT_FOUND':
    case 'WEBHOOK_DELIVERY_NOT_FOUND':
    case 'API_KEY_NOT_FOUND':
    case 'WAITLIST_ENTRY_NOT_FOUND':
      return 404;
    case 'EMAIL_TAKEN':
    case 'LICENSE_TAKEN':
    case 'APPOINTMENT_CONFLICT':
    case 'INVALID_STATUS_TRANSITION':
    case 'IDEMPOTENCY_KEY_IN_USE':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'WRONG_PASSWORD':
    case 'OUTSIDE_WORKING_HOURS':
    case 'START_IN_PAST':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'BOOKING_LIMIT_REACHED':
    case 'HOLD_MISMATCH':
    case 'BOOKING_NOTICE_TOO_SHORT':
    case 'BOOKING_TOO_FAR_AHEAD':
    case 'RESCHEDULE_WINDOW_PASSED':
      return 422;
    case 'HOLD_EXPIRED':
      return 410;
    case 'TOO_MANY_REQUESTS':
      return 429;
    case 'INTERNAL_ERROR':
      return 500;
    case 'SERVICE_UNAVAILABLE':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}
