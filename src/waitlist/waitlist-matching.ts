import type { BookingPolicy } from '@app/contracts';
import { bookableSlots } from '../scheduling/bookable-slots';
import type { Interval } from '../scheduling/booking-policy';
import type { DoctorHours } from '../scheduling/working-hours.query';

const MINUTE_MS = 60_000;

/** A `waiting` entry as the matching reads it. */
export interface WaitingEntry {
  id: string;
  patientId: string;
  /** The entry's window: a slot must lie inside [from, to). */
  from: Date;
  to: Date;
  durationMinutes: number;
  /** The interval of the last offer the entry let lapse: never offered to it again. */
  lapsed: Interval | null;
}

/** The doctor's time as a booking by a patient would see it now (the facts of `GET /doctors/:id/slots`). */
export interface DoctorTime {
  hours: DoctorHours;
  policy: BookingPolicy;
  now: Date;
  timeOff: readonly Interval[];
  /** Ranges the doctor's appointments block (buffers included). */
  booked: readonly Interval[];
  /** Ranges live holds block (anyone's: the waiting patients hold nothing, or they are passed over). */
  held: readonly Interval[];
  /** Each waiting patient's own appointments (with any doctor): a patient cannot be in two places. */
  ownByPatient: ReadonlyMap<string, readonly Interval[]>;
}

/** An entry and the slot it would be offered. */
export interface OfferCandidateSlot {
  entry: WaitingEntry;
  slot: Interval;
}

const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The slot of `freed` time an entry would be offered: the earliest slot that a booking by its patient would get now
 * (the doctor's grid of the entry's duration, working hours, time off, notice and horizon, appointments with their
 * buffers, live holds, the patient's own appointments: `bookableSlots`, the rules of `GET /slots` and of a hold) that
 * lies inside the entry's window, overlaps the freed range (time that was already free is not news), and is not the
 * offer the entry let lapse. Null when there is none.
 */
export function offerableSlot(entry: WaitingEntry, freed: Interval, time: DoctorTime): Interval | null {
  const durationMs = entry.durationMinutes * MINUTE_MS;
  // Starts s with [s, s + d) inside the window and overlapping the freed range: s ≥ from, s + d ≤ to, s < freed end,
  // s + d > freed start.
  const from = Math.max(entry.from.getTime(), freed.startsAt.getTime() - durationMs + 1);
  const to = Math.min(entry.to.getTime() - durationMs + 1, freed.endsAt.getTime());
  if (!(from < to)) {
    return null;
  }
  const slots = bookableSlots({
    hours: time.hours,
    policy: time.policy,
    from: new Date(from),
    to: new Date(to),
    durationMinutes: entry.durationMinutes,
    now: time.now,
    subject: 'patient',
    timeOff: time.timeOff,
    booked: time.booked,
    held: time.held,
    own: time.ownByPatient.get(entry.patientId) ?? [],
  });
  const lapsed = entry.lapsed;
  return slots.find((slot) => slot.endsAt <= entry.to && !(lapsed && overlaps(slot, lapsed))) ?? null;
}

/**
 * Who would be offered the freed time, in the contract's order: the oldest waiting entries first (`entries` come
 * oldest first), each with its slot, at most `limit` of them. Only the first whose hold then goes in gets an offer
 * (one freed slot to one entry at a time); the others are there in case the first cannot take it after all.
 */
export function offerCandidates(
  entries: readonly WaitingEntry[],
  freed: Interval,
  time: DoctorTime,
  limit: number,
): OfferCandidateSlot[] {
  const candidates: OfferCandidateSlot[] = [];
  for (const entry of entries) {
    if (candidates.length >= limit) {
      break;
    }
    const slot = offerableSlot(entry, freed, time);
    if (slot) {
      candidates.push({ entry, slot });
    }
  }
  return candidates;
}
