import { ERROR_CODES } from '@app/contracts';
import { httpStatusOf } from './error-status';

describe('httpStatusOf', () => {
  it('maps every error code of the contract to a 4xx or 5xx status', () => {
    for (const code of ERROR_CODES) {
      const status = httpStatusOf(code);
      expect({ code, status: status >= 400 && status < 600 }).toEqual({ code, status: true });
    }
  });

  it('maps the contract codes to the contract statuses', () => {
    expect(httpStatusOf('VALIDATION_FAILED')).toBe(400);
    expect(httpStatusOf('INVALID_CREDENTIALS')).toBe(401);
    expect(httpStatusOf('ACCOUNT_DISABLED')).toBe(403);
    expect(httpStatusOf('EMAIL_TAKEN')).toBe(409);
    expect(httpStatusOf('LICENSE_TAKEN')).toBe(409);
    expect(httpStatusOf('APPOINTMENT_CONFLICT')).toBe(409);
    expect(httpStatusOf('INVALID_STATUS_TRANSITION')).toBe(409);
    expect(httpStatusOf('IDEMPOTENCY_KEY_IN_USE')).toBe(409);
    expect(httpStatusOf('OUTSIDE_WORKING_HOURS')).toBe(422);
    expect(httpStatusOf('START_IN_PAST')).toBe(422);
    expect(httpStatusOf('IDEMPOTENCY_KEY_REUSED')).toBe(422);
    expect(httpStatusOf('BOOKING_LIMIT_REACHED')).toBe(422);
    expect(httpStatusOf('TOO_MANY_REQUESTS')).toBe(429);
  });
});
