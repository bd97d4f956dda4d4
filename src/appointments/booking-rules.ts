import { notFound } from '../access/access-policy';
import { AppError } from '../common/errors/app-error';
import { assertNotInTimeOff, assertWithinWorkingHours } from '../scheduling/availability-rules';
import type { DoctorHours } from '../scheduling/working-hours.query';

export function bookingLimitReached(max: number): AppError {
  return new AppError('BOOKING_LIMIT_REACHED', `A patient may hold at most ${max} upcoming appointments`);
}

/** Upcoming pending/confirmed appointments (`active`, counted after the patient's lock) count against `max`. */
export function assertBelowBookingLimit(active: number, max: number): void {
  if (active >= max) {
    throw bookingLimitReached(max);
  }
}

export function assertStartsInFuture(startsAt: Date): void {
  if (startsAt.getTime() <= Date.now()) {
    throw new AppError('START_IN_PAST', 'The appointment must start in the future');
  }
}

export function endOf(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/** A patient or doctor as a booking reads them: ids as the database spells them, the name for the answer. */
export interface BookingParty {
  id: string;
  userId: string;
  fullName: string;
}

export interface BookingDoctor extends BookingParty {
  specialization: string;
  hours: DoctorHours;
}

/** What the booking rules need, read in one statement (see `BookingRepository`). */
export interface BookingFacts {
  /** Null when there is no such patient or their account is deactivated. */
  patient: BookingParty | null;
  doctor: BookingDoctor | null;
  /** [startsAt, endsAt) overlaps a time off of the doctor. */
  inTimeOff: boolean;
  /** The transaction's `now()`: the new appointment's `createdAt` and `updatedAt`. */
  now: Date;
}

/**
 * The booking rules that come before the insert, in the contract's order: a deactivated account is not bookable
 * and answers as unknown (404 patient, then doctor), then 422 start in the past, outside working hours, in time
 * off. The booking limit and overlaps are decided by the insert statement itself.
 */
export function assertBookingFacts(
  facts: BookingFacts,
  startsAt: Date,
  endsAt: Date,
): { patient: BookingParty; doctor: BookingDoctor } {
  const { patient, doctor } = facts;
  if (!patient) {
    throw notFound('patient');
  }
  if (!doctor) {
    throw notFound('doctor');
  }
  assertStartsInFuture(startsAt);
  assertWithinWorkingHours(doctor.hours, startsAt, endsAt);
  assertNotInTimeOff(facts.inTimeOff);
  return { patient, doctor };
}
