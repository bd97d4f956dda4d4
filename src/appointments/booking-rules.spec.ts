import type { AppError } from '../common/errors/app-error';
import { assertBookingFacts, type BookingFacts } from './booking-rules';

// 2030-01-07 is a Monday; the doctor works 09:00–17:00 UTC on weekdays.
const future = { startsAt: new Date('2030-01-07T10:00Z'), endsAt: new Date('2030-01-07T10:30Z') };
const past = { startsAt: new Date('2020-01-06T10:00Z'), endsAt: new Date('2020-01-06T10:30Z') };
const evening = { startsAt: new Date('2030-01-07T18:00Z'), endsAt: new Date('2030-01-07T18:30Z') };

function facts(overrides: Partial<BookingFacts> = {}): BookingFacts {
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
    },
    inTimeOff: false,
    now: new Date('2029-12-01T00:00Z'),
    ...overrides,
  };
}

function refusal(f: BookingFacts, at: { startsAt: Date; endsAt: Date }): { code: string; message: string } {
  try {
    assertBookingFacts(f, at.startsAt, at.endsAt);
  } catch (error) {
    const e = error as AppError;
    return { code: e.code, message: e.message };
  }
  throw new TypeError('expected a refusal');
}

describe('assertBookingFacts', () => {
  it('passes a bookable time and hands back both parties', () => {
    const { patient, doctor } = assertBookingFacts(facts(), future.startsAt, future.endsAt);
    expect([patient.id, doctor.id]).toEqual(['p', 'd']);
  });

  it('checks in the contract order: patient, doctor, past, working hours, time off', () => {
    const everythingWrong = facts({ patient: null, doctor: null, inTimeOff: true });
    expect(refusal(everythingWrong, past).code).toBe('PATIENT_NOT_FOUND');
    expect(refusal(facts({ doctor: null, inTimeOff: true }), past).code).toBe('DOCTOR_NOT_FOUND');
    expect(refusal(facts({ inTimeOff: true }), past).code).toBe('START_IN_PAST');
    expect(refusal(facts({ inTimeOff: true }), evening)).toEqual({
      code: 'OUTSIDE_WORKING_HOURS',
      message: "The time is outside the doctor's working hours",
    });
    expect(refusal(facts({ inTimeOff: true }), future)).toEqual({
      code: 'OUTSIDE_WORKING_HOURS',
      message: 'The doctor is off at that time',
    });
  });

  it('refuses a doctor without working hours', () => {
    const doctor = facts().doctor;
    const idle = facts({ doctor: doctor && { ...doctor, hours: { timezone: 'UTC', blocks: [] } } });
    expect(refusal(idle, future).code).toBe('OUTSIDE_WORKING_HOURS');
  });
});
