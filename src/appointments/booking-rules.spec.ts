import { DEFAULT_BOOKING_POLICY, type BookingPolicy } from '@app/contracts';
import type { AppError } from '../common/errors/app-error';
import type { RuleSubject } from '../scheduling/booking-policy';
import { assertBookingFacts, assertHoldMatches, type BookingFacts, type NamedHold } from './booking-rules';

// 2030-01-07 is a Monday; the doctor works 09:00–17:00 UTC on weekdays.
const future = { startsAt: new Date('2030-01-07T10:00Z'), endsAt: new Date('2030-01-07T10:30Z') };
const past = { startsAt: new Date('2020-01-06T10:00Z'), endsAt: new Date('2020-01-06T10:30Z') };
const evening = { startsAt: new Date('2030-01-07T18:00Z'), endsAt: new Date('2030-01-07T18:30Z') };
const offWholeDay = [{ startsAt: new Date('2030-01-07T00:00Z'), endsAt: new Date('2030-01-08T00:00Z') }];

function facts(overrides: Partial<BookingFacts> = {}, policy: Partial<BookingPolicy> = {}): BookingFacts {
  return {
    patient: { id: 'p', userId: 'pu', fullName: 'Pat' },
    doctor: {
      id: 'd',
      userId: 'du',
      fullName: 'Dana',
      specialization: 'general practice',
      hours: {
        timezone: 'UTC',
        blocks: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startMinute: 540, endMinute: 1020 })),
      },
      policy: { ...DEFAULT_BOOKING_POLICY, ...policy },
    },
    timeOff: [],
    hold: null,
    now: new Date('2029-12-01T00:00Z'),
    ...overrides,
  };
}

function refusal(
  f: BookingFacts,
  at: { startsAt: Date; endsAt: Date },
  subject: RuleSubject = 'patient',
): { code: string; message: string } {
  try {
    assertBookingFacts(f, at, subject, 5);
  } catch (error) {
    const e = error as AppError;
    return { code: e.code, message: e.message };
  }
  throw new TypeError('expected a refusal');
}

describe('assertBookingFacts', () => {
  it('passes a bookable time and hands back both parties', () => {
    const { patient, doctor } = assertBookingFacts(facts(), future, 'patient', 5);
    expect([patient.id, doctor.id]).toEqual(['p', 'd']);
  });

  it('checks in the contract order: patient, doctor, past, working hours, time off', () => {
    const everythingWrong = facts({ patient: null, doctor: null, timeOff: offWholeDay });
    expect(refusal(everythingWrong, past).code).toBe('PATIENT_NOT_FOUND');
    expect(refusal(facts({ doctor: null, timeOff: offWholeDay }), past).code).toBe('DOCTOR_NOT_FOUND');
    expect(refusal(facts({ timeOff: offWholeDay }), past).code).toBe('START_IN_PAST');
    expect(refusal(facts({ timeOff: offWholeDay }), evening)).toEqual({
      code: 'OUTSIDE_WORKING_HOURS',
      message: "The time is outside the doctor's working hours",
    });
    expect(refusal(facts({ timeOff: offWholeDay }), future)).toEqual({
      code: 'OUTSIDE_WORKING_HOURS',
      message: 'The doctor is off at that time',
    });
  });

  it('refuses a doctor without working hours', () => {
    const doctor = facts().doctor;
    const idle = facts({ doctor: doctor && { ...doctor, hours: { timezone: 'UTC', blocks: [] } } });
    expect(refusal(idle, future).code).toBe('OUTSIDE_WORKING_HOURS');
  });

  it('holds a patient to the minimum notice and the horizon, and exempts staff', () => {
    const now = new Date('2030-01-07T09:00Z');
    const noticed = facts({ now }, { minimumNoticeMinutes: 61 });
    expect(refusal(noticed, future).code).toBe('BOOKING_NOTICE_TOO_SHORT');
    expect(() => assertBookingFacts(noticed, future, 'staff', 5)).not.toThrow();
    // Exactly the notice ahead is allowed.
    expect(() => assertBookingFacts(facts({ now }, { minimumNoticeMinutes: 60 }), future, 'patient', 5)).not.toThrow();

    const horizon = facts({ now: new Date('2029-12-07T10:00Z') }, { bookingHorizonDays: 30 });
    expect(refusal(horizon, future).code).toBe('BOOKING_TOO_FAR_AHEAD');
    expect(() => assertBookingFacts(horizon, future, 'staff', 5)).not.toThrow();
    // Exactly the horizon ahead (31 days of 24 hours) is allowed.
    const edge = facts({ now: new Date('2029-12-07T10:00Z') }, { bookingHorizonDays: 31 });
    expect(() => assertBookingFacts(edge, future, 'patient', 5)).not.toThrow();
  });

  it('reports the past before notice, and notice before working hours', () => {
    const now = new Date('2030-01-07T17:30Z');
    expect(refusal(facts({ now }, { minimumNoticeMinutes: 600 }), future).code).toBe('START_IN_PAST');
    expect(refusal(facts({ now: new Date('2030-01-07T17:00Z') }, { minimumNoticeMinutes: 600 }), evening).code).toBe(
      'BOOKING_NOTICE_TOO_SHORT',
    );
  });
});

describe('assertHoldMatches', () => {
  const hold: NamedHold = {
    id: 'h',
    patientId: 'p',
    doctorId: 'd',
    startsAt: future.startsAt,
    durationMinutes: 30,
    expired: false,
  };
  const request = { patientId: 'p', doctorId: 'd', startsAt: future.startsAt, durationMinutes: 30 };
  const codeOf = (h: NamedHold | null, r = request): string | null => {
    try {
      assertHoldMatches(h, r);
      return null;
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it('accepts the same patient, doctor, start and duration', () => {
    expect(codeOf(hold)).toBeNull();
  });

  it('answers 404 for no hold or another patient’s, 410 when expired, 422 when it differs', () => {
    expect(codeOf(null)).toBe('HOLD_NOT_FOUND');
    expect(codeOf({ ...hold, patientId: 'q' })).toBe('HOLD_NOT_FOUND');
    expect(codeOf({ ...hold, expired: true })).toBe('HOLD_EXPIRED');
    expect(codeOf({ ...hold, doctorId: 'e' })).toBe('HOLD_MISMATCH');
    expect(codeOf({ ...hold, durationMinutes: 45 })).toBe('HOLD_MISMATCH');
    expect(codeOf({ ...hold, startsAt: new Date('2030-01-07T10:05Z') })).toBe('HOLD_MISMATCH');
  });
});
