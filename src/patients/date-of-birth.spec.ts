import { isNotFutureDate, latestDateOfBirth } from './date-of-birth';

describe('date of birth', () => {
  const now = new Date('2025-06-10T12:00:00Z');

  it('accepts today and the past', () => {
    expect(isNotFutureDate('2025-06-10', now)).toBe(true);
    expect(isNotFutureDate('1950-01-31', now)).toBe(true);
  });

  it('accepts tomorrow in UTC while it is already tomorrow in the earliest time zone (UTC+14)', () => {
    expect(latestDateOfBirth(now)).toBe('2025-06-11');
    expect(isNotFutureDate('2025-06-11', now)).toBe(true);
  });

  it('refuses a date that is in the future everywhere', () => {
    expect(isNotFutureDate('2025-06-12', now)).toBe(false);
    expect(isNotFutureDate('2100-01-01', now)).toBe(false);
  });

  it('leaves absent values to the other validators', () => {
    expect(isNotFutureDate(undefined, now)).toBe(true);
    expect(isNotFutureDate(null, now)).toBe(true);
  });
});
