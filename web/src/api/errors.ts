import { isApiError, UnexpectedResponseError, type ClinicApiError } from '@clinic-booking/client';

/** What a person should read for the codes a screen of this app can meet; the others show the API's own message. */
const FRIENDLY: Partial<Record<ClinicApiError['code'], string>> = {
  APPOINTMENT_CONFLICT: 'That time was just taken by someone else. Please pick another time.',
  HOLD_EXPIRED: 'Your hold on this time ran out. Please pick the time again.',
  INVALID_CREDENTIALS: 'The email or password is not right.',
  ACCOUNT_DISABLED: 'This account has been deactivated. Please contact the clinic.',
  EMAIL_TAKEN: 'An account with this email already exists. Sign in instead.',
  IDEMPOTENCY_KEY_IN_USE: 'Your booking is still being made. Please wait a moment.',
  INVALID_STATUS_TRANSITION: 'This appointment has changed in the meantime. The list is being updated.',
  UNAUTHORIZED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  TOO_MANY_REQUESTS: 'Too many attempts. Please wait a little and try again.',
  RESCHEDULE_WINDOW_PASSED:
    "It is too close to the appointment to move it (the doctor's cancellation window has begun). You can still cancel it.",
  OUTSIDE_WORKING_HOURS: 'The doctor does not work at that time. Please pick one of the free times.',
  START_IN_PAST: 'That time has already begun. Please pick a later time.',
  BOOKING_NOTICE_TOO_SHORT: 'That time is too soon: this doctor needs more notice. Please pick a later time.',
  BOOKING_TOO_FAR_AHEAD: 'That time is too far ahead for this doctor. Please pick an earlier time.',
};

/**
 * One readable sentence for any failure: the contract's error body (`code`, `message`, `details` of a 400 named by
 * field), an answer without it, or no answer at all.
 */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    const friendly = FRIENDLY[error.code] ?? error.message;
    const fields = error.details
      .map((detail) => ('field' in detail ? `${detail.field}: ${detail.message}` : null))
      .filter((line): line is string => line !== null);
    const retryAfter = error.response?.headers.get('Retry-After');
    return [
      friendly,
      fields.length > 0 ? ` (${fields.join('; ')})` : '',
      retryAfter ? ` Try again in ${retryAfter} s.` : '',
    ].join('');
  }
  if (error instanceof UnexpectedResponseError) {
    return `The clinic's service answered with an unexpected error (${error.status}). Please try again.`;
  }
  if (error instanceof TypeError) {
    return "Cannot reach the clinic's service. Please check your connection and try again.";
  }
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}
