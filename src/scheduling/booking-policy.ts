import {
  DEFAULT_BOOKING_POLICY,
  type AvailabilityReason,
  type AvailabilityReasonCode,
  type BookingPolicy,
} from '@app/contracts';
import { isWithinWorkingHours } from './working-hours';
import type { DoctorHours } from './working-hours.query';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The range an appointment of [startsAt, endsAt) blocks for its doctor under `policy`: [start − before, end + after).
 * Two blocked ranges may not overlap (the doctor's exclusion constraint), so buffers stack.
 */
export function blockedRangeOf(interval: Interval, policy: BookingPolicy): Interval {
  return {
    startsAt: new Date(interval.startsAt.getTime() - policy.bufferBeforeMinutes * MINUTE_MS),
    endsAt: new Date(interval.endsAt.getTime() + policy.bufferAfterMinutes * MINUTE_MS),
  };
}

/**
 * What a candidate of the bare interval collides with, seen from the other side: an existing blocked range
 * [x, y) and the candidate's [s − before, e + after) overlap exactly when [s, e) overlaps [x − after, y + before).
 * So the free-slot search widens each blocked range by the current buffers (crosswise) and checks bare intervals.
 */
export function widenedForCandidates(blocked: Interval, policy: BookingPolicy): Interval {
  return {
    startsAt: new Date(blocked.startsAt.getTime() - policy.bufferAfterMinutes * MINUTE_MS),
    endsAt: new Date(blocked.endsAt.getTime() + policy.bufferBeforeMinutes * MINUTE_MS),
  };
}

/** Who the patient-only rules (notice, horizon, reschedule window) apply to: a patient acting for themself. */
export type RuleSubject = 'patient' | 'staff';

/** The facts the time rules read (one statement of the booking writer, or the explain's reads). */
export interface TimeFacts {
  now: Date;
  hours: DoctorHours;
  policy: BookingPolicy;
  /** The doctor's time off overlapping the bare interval. */
  timeOff: readonly Interval[];
  subject: RuleSubject;
}

/** The first instant a patient may book (minimum notice) and the last one (horizon), from `now`. */
export function bookingWindowOf(now: Date, policy: BookingPolicy): { earliest: Date; latest: Date } {
  return {
    earliest: new Date(now.getTime() + policy.minimumNoticeMinutes * MINUTE_MS),
    latest: new Date(now.getTime() + policy.bookingHorizonDays * DAY_MS),
  };
}

function reason(code: AvailabilityReasonCode, message: string, period?: Interval): AvailabilityReason {
  return period
    ? { code, message, from: period.startsAt.toISOString(), to: period.endsAt.toISOString() }
    : { code, message };
}

/**
 * The time rules of a booking (and of a move, and of a hold), in the order a booking reports them: in the past,
 * too short notice, too far ahead (the last two for patients only), outside working hours, in time off. The one
 * copy of these rules: the booking throws the first (`refusalOfReason`), the explanation lists them all, and the
 * free slots are cut by the same window and hours. Overlaps with other bookings and holds are the database's
 * (the exclusion constraint and the hold check of the insert), explained from the same predicates.
 */
export function timeReasons(candidate: Interval, facts: TimeFacts): AvailabilityReason[] {
  const reasons: AvailabilityReason[] = [];
  const start = candidate.startsAt.getTime();
  if (start <= facts.now.getTime()) {
    reasons.push(reason('IN_PAST', 'The time has already begun'));
  } else if (facts.subject === 'patient') {
    const { earliest, latest } = bookingWindowOf(facts.now, facts.policy);
    if (start < earliest.getTime()) {
      reasons.push(
        reason(
          'NOTICE_TOO_SHORT',
          `This doctor takes bookings at least ${facts.policy.minimumNoticeMinutes} minutes ahead`,
        ),
      );
    }
    if (start > latest.getTime()) {
      reasons.push(
        reason('TOO_FAR_AHEAD', `This doctor takes bookings at most ${facts.policy.bookingHorizonDays} days ahead`),
      );
    }
  }
  if (!isWithinWorkingHours(facts.hours.blocks, facts.hours.timezone, candidate.startsAt, candidate.endsAt)) {
    reasons.push(reason('OUTSIDE_WORKING_HOURS', "The time is outside the doctor's working hours"));
  }
  for (const off of facts.timeOff) {
    reasons.push(reason('TIME_OFF', 'The doctor is off at that time', off));
  }
  return reasons;
}

/** The policy a doctor without a stored one has (today's behaviour). */
export function policyOrDefault(policy: BookingPolicy | null | undefined): BookingPolicy {
  return policy ?? { ...DEFAULT_BOOKING_POLICY };
}

/**
 * Whether a patient's cancellation or move at `now` falls inside the cancellation window of `policy`, counted back
 * from the appointment's current start. A window of 0 hours is no window.
 */
export function insideCancellationWindow(startsAt: Date, now: Date, policy: BookingPolicy): boolean {
  const windowMs = policy.cancellationWindowHours * 60 * MINUTE_MS;
  return windowMs > 0 && now.getTime() > startsAt.getTime() - windowMs;
}

export { reason as availabilityReason };
