import type { AvailabilityReason, BookingPolicy } from '@app/contracts';
import { notFound } from '../access/access-policy';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { timeReasons, type Interval, type RuleSubject } from '../scheduling/booking-policy';
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

export function endOf(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

/** The patient-only rules apply to a patient acting for themself; doctors and admins are exempt. */
export function subjectOf(actor: Actor): RuleSubject {
  return actor.role === 'patient' ? 'patient' : 'staff';
}

/** Whom a booking (or a series) is between. */
export interface BookingParties {
  patientId: string;
  doctorId: string;
}

/**
 * The parties of a booking the access policy allowed: a patient books for themself; a doctor or an admin must name
 * the patient (400 otherwise).
 */
export function bookingPartiesOf(
  actor: Actor,
  request: { doctorId: string; patientId: string | null },
): BookingParties | ValidationError {
  if (actor.role === 'patient' && actor.patientId) {
    return { patientId: actor.patientId, doctorId: request.doctorId };
  }
  if (request.patientId === null) {
    return new ValidationError([{ field: 'patientId', message: 'patientId is required when a doctor or admin books' }]);
  }
  return { patientId: request.patientId, doctorId: request.doctorId };
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
  /** The doctor's booking policy now (the defaults when none is stored). */
  policy: BookingPolicy;
}

/** A hold named by a booking (`holdId`), as the booking's statement read it. */
export interface NamedHold {
  id: string;
  patientId: string;
  doctorId: string;
  startsAt: Date;
  durationMinutes: number;
  expired: boolean;
}

/** What the booking rules need, read in one statement (see `BookingRepository`). */
export interface BookingFacts {
  /** Null when there is no such patient or their account is deactivated. */
  patient: BookingParty | null;
  doctor: BookingDoctor | null;
  /** The doctor's time off overlapping [startsAt, endsAt). */
  timeOff: Interval[];
  /** The hold the request named, when it named one and it exists. */
  hold: NamedHold | null;
  /** The transaction's `now()`: the new appointment's `createdAt` and `updatedAt`. */
  now: Date;
}

/** How a booking answers the first reason a time is not bookable (the explanation lists them instead). */
export function refusalOfReason(first: AvailabilityReason, limit: number): AppError {
  switch (first.code) {
    case 'IN_PAST':
      return new AppError('START_IN_PAST', 'The appointment must start in the future');
    case 'NOTICE_TOO_SHORT':
      return new AppError('BOOKING_NOTICE_TOO_SHORT', first.message);
    case 'TOO_FAR_AHEAD':
      return new AppError('BOOKING_TOO_FAR_AHEAD', first.message);
    case 'OUTSIDE_WORKING_HOURS':
    case 'TIME_OFF':
      return new AppError('OUTSIDE_WORKING_HOURS', first.message);
    case 'BOOKED':
    case 'HELD':
      return new AppError('APPOINTMENT_CONFLICT', first.message);
    case 'BOOKING_LIMIT_REACHED':
      return bookingLimitReached(limit);
  }
}

/**
 * The booking rules that come before the insert, in the contract's order: a deactivated account is not bookable
 * and answers as unknown (404 patient, then doctor), then the time rules (`timeReasons`: in the past, notice and
 * horizon for patients, outside working hours, in time off), each a 422. The booking limit, overlaps (buffers
 * included) and other patients' holds are decided by the insert statement itself.
 */
export function assertBookingFacts(
  facts: BookingFacts,
  interval: Interval,
  subject: RuleSubject,
  limit: number,
): { patient: BookingParty; doctor: BookingDoctor } {
  const { patient, doctor } = facts;
  if (!patient) {
    throw notFound('patient');
  }
  if (!doctor) {
    throw notFound('doctor');
  }
  const [first] = timeReasons(interval, {
    now: facts.now,
    hours: doctor.hours,
    policy: doctor.policy,
    timeOff: facts.timeOff,
    subject,
  });
  if (first) {
    throw refusalOfReason(first, limit);
  }
  return { patient, doctor };
}

/**
 * A booking that names a hold: the hold must be the caller's (else 404, as for anything of another's), still live
 * (410 `HOLD_EXPIRED`), and of the same doctor, start and duration (422 `HOLD_MISMATCH`).
 */
export function assertHoldMatches(
  hold: NamedHold | null,
  request: { patientId: string; doctorId: string; startsAt: Date; durationMinutes: number },
): void {
  if (!hold || hold.patientId !== request.patientId) {
    throw notFound('hold');
  }
  if (hold.expired) {
    throw new AppError('HOLD_EXPIRED', 'The hold has expired; hold the time again or book it directly');
  }
  if (
    hold.doctorId !== request.doctorId ||
    hold.startsAt.getTime() !== request.startsAt.getTime() ||
    hold.durationMinutes !== request.durationMinutes
  ) {
    throw new AppError('HOLD_MISMATCH', 'The booking must have the doctor, start and duration of its hold');
  }
}
