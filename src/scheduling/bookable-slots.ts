import { BOOKING_POLICY_LIMITS, type BookingPolicy } from '@app/contracts';
import { bookingWindowOf, widenedForCandidates, type Interval, type RuleSubject } from './booking-policy';
import { findFreeSlots } from './free-slots';
import type { DoctorHours } from './working-hours.query';

const MINUTE_MS = 60_000;
/** The largest buffer either side: reads of blocked ranges are widened by it. */
export const MAX_BUFFER_MS =
  Math.max(BOOKING_POLICY_LIMITS.bufferBeforeMinutes.max, BOOKING_POLICY_LIMITS.bufferAfterMinutes.max) * MINUTE_MS;

export interface BookableSlotQuery {
  hours: DoctorHours;
  policy: BookingPolicy;
  /** Slots start in [from, to). */
  from: Date;
  to: Date;
  durationMinutes: number;
  now: Date;
  /** Whose rules: a patient is held to notice and horizon. */
  subject: RuleSubject;
  timeOff: readonly Interval[];
  /** Ranges the doctor's appointments block (their buffers included). */
  booked: readonly Interval[];
  /** Ranges other patients' live holds block. */
  held: readonly Interval[];
  /** The asking patient's own appointments (a patient cannot be in two places). */
  own: readonly Interval[];
}

/** The part of [from, to) the caller may book in: cut to notice and horizon for a patient; null when empty. */
export function bookingRangeOf(
  query: Pick<BookableSlotQuery, 'from' | 'to' | 'now' | 'subject' | 'policy'>,
): { from: number; to: number } | null {
  let from = query.from.getTime();
  let to = query.to.getTime();
  if (query.subject === 'patient') {
    const window = bookingWindowOf(query.now, query.policy);
    from = Math.max(from, window.earliest.getTime());
    // A start exactly at the horizon is still bookable; `to` is exclusive.
    to = Math.min(to, window.latest.getTime() + 1);
  }
  return from < to ? { from, to } : null;
}

/**
 * What no new slot may overlap: time off, the caller's own appointments, and every blocked range (of appointments
 * and of others' holds) widened by the doctor's current buffers, so a booking there would not collide with it.
 */
export function busyFor(query: Pick<BookableSlotQuery, 'timeOff' | 'own' | 'booked' | 'held' | 'policy'>): Interval[] {
  return [
    ...query.timeOff,
    ...query.own,
    ...query.booked.map((range) => widenedForCandidates(range, query.policy)),
    ...query.held.map((range) => widenedForCandidates(range, query.policy)),
  ];
}

/**
 * The slots a caller could book right now: the grid of `findFreeSlots`, cut to the caller's booking window (notice
 * and horizon, for a patient) and free of time off, the caller's own appointments, and every blocked range (of
 * appointments and of others' holds) that a booking with the doctor's current buffers would collide with. The same
 * rules a booking applies (`timeReasons`, the exclusion constraint, the hold check), so every slot offered books.
 */
export function bookableSlots(query: BookableSlotQuery): Interval[] {
  const range = bookingRangeOf(query);
  if (!range) {
    return [];
  }
  return findFreeSlots({
    blocks: query.hours.blocks,
    timezone: query.hours.timezone,
    from: new Date(range.from),
    to: new Date(range.to),
    durationMinutes: query.durationMinutes,
    busy: busyFor(query),
    now: query.now,
  });
}
