/** Stable error codes of the public contract; clients switch on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'ROUTE_NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_REQUESTS',
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
  'EMAIL_TAKEN',
  'LICENSE_TAKEN',
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'INVALID_TOKEN',
  'TOKEN_REUSED',
  'WRONG_PASSWORD',
  'PATIENT_NOT_FOUND',
  'DOCTOR_NOT_FOUND',
  'USER_NOT_FOUND',
  'RECORD_NOT_FOUND',
  'APPOINTMENT_NOT_FOUND',
  'TIME_OFF_NOT_FOUND',
  'NOTIFICATION_NOT_FOUND',
  'APPOINTMENT_CONFLICT',
  'OUTSIDE_WORKING_HOURS',
  'START_IN_PAST',
  'INVALID_STATUS_TRANSITION',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'BOOKING_LIMIT_REACHED',
  'SCHEDULE_INVALID',
  'RANGE_TOO_LARGE',
  'HOLD_NOT_FOUND',
  'HOLD_MISMATCH',
  'HOLD_EXPIRED',
  'BOOKING_NOTICE_TOO_SHORT',
  'BOOKING_TOO_FAR_AHEAD',
  'RESCHEDULE_WINDOW_PASSED',
  'SERIES_NOT_FOUND',
  'WEBHOOK_NOT_FOUND',
  'WEBHOOK_DELIVERY_NOT_FOUND',
  'WEBHOOK_URL_FORBIDDEN',
  'INSUFFICIENT_SCOPE',
  'API_KEY_NOT_FOUND',
  'WAITLIST_ENTRY_NOT_FOUND',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  field: string;
  message: string;
}

/** One occurrence of a recurring series that cannot be booked (422/409 of `POST /appointments/series`). */
export interface OccurrenceErrorDetail {
  /** 1 for the series' first occurrence (`startsAt` as asked), 2 for the next, and so on. */
  occurrence: number;
  startsAt: string;
  /** Why this occurrence cannot be booked: the code a booking of it alone would answer. */
  code: ErrorCode;
  message: string;
}

/** The one error shape every failed request answers with. */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  details?: (ErrorDetail | OccurrenceErrorDetail)[];
  path: string;
  timestamp: string;
  requestId: string;
}
