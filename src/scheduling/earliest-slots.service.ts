import { Injectable } from '@nestjs/common';
import { MAX_EARLIEST_SLOT_RANGE_DAYS, type BookingPolicy, type EarliestSlot } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { bookingRangeOf, busyFor, MAX_BUFFER_MS } from './bookable-slots';
import { policyOrDefault, type Interval, type RuleSubject } from './booking-policy';
import { DoctorSlotsRepository, type SlotCandidate } from './doctor-slots.repository';
import { slotSubjectOf } from './doctor-slots.service';
import type { EarliestSlotsQueryDto } from './dto/earliest-slots.dto';
import { freeStarts, slotGrid } from './free-slots';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** Doctors whose busy time is read in the first batch (at least); each further batch is twice the one before. */
const FIRST_BATCH = 16;

/** A candidate with its grid: the starts their hours allow in the caller's booking range, busy time not yet out. */
interface Planned {
  doctor: SlotCandidate;
  policy: BookingPolicy;
  grid: readonly number[];
  range: { from: number; to: number };
  /** The first start of the grid in range: no free slot of this doctor can come earlier. */
  start: number;
}

interface Found {
  doctor: SlotCandidate;
  start: number;
}

/** `localeCompare`'s order, without building a collator for every comparison. */
const names = new Intl.Collator();

function compareIds(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The answer's order: earliest first, then by name (then id, so equal names keep one order). */
function before(a: Found, b: Found): number {
  return (
    a.start - b.start || names.compare(a.doctor.fullName, b.doctor.fullName) || compareIds(a.doctor.id, b.doctor.id)
  );
}

/**
 * "Who can see me first?": each matching doctor's earliest slot the caller could book, earliest first.
 *
 * Each candidate's grid (the starts their hours allow, computed once per distinct zone and hours) gives the earliest
 * time they could possibly offer. Candidates are searched in that order, in batches: a batch's busy time (time off,
 * blocked ranges, others' holds, the patient's own appointments) is one statement per window (the first day from
 * the batch's earliest start, then the rest), never one per doctor. Once `limit` doctors have a slot that comes before
 * the earliest possible start of every candidate not yet searched, no one else can enter the answer and the search
 * stops: with many doctors, only the few who could come first have their appointments read.
 */
@Injectable()
export class EarliestSlotsService {
  constructor(private readonly slots: DoctorSlotsRepository) {}

  async findEarliest(actor: Actor, query: EarliestSlotsQueryDto): Promise<{ data: EarliestSlot[] }> {
    const now = new Date();
    const from = query.from ? new Date(query.from) : now;
    const to = query.to ? new Date(query.to) : new Date(from.getTime() + MAX_EARLIEST_SLOT_RANGE_DAYS * DAY_MS);
    if (to <= from) {
      throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
    }
    if (to.getTime() - from.getTime() > MAX_EARLIEST_SLOT_RANGE_DAYS * DAY_MS) {
      throw new AppError('RANGE_TOO_LARGE', `The range may span at most ${MAX_EARLIEST_SLOT_RANGE_DAYS} days`, [
        { field: 'to', message: `to must be at most ${MAX_EARLIEST_SLOT_RANGE_DAYS} days after from` },
      ]);
    }
    const since = new Date(Math.max(from.getTime(), now.getTime()));
    if (since >= to) {
      return { data: [] };
    }
    const candidates = await this.slots.findCandidates({
      specialization: query.specialization,
      search: query.search,
      onlineOnly: query.onlineOnly,
    });
    const { subject, patientId } = slotSubjectOf(actor);
    // Doctors with the same zone, weekly blocks and policy have the same grid (kept by `slotGrid` across requests),
    // range and first start: worked out once per such group, not once per doctor (most of a directory shares a few).
    const plans = new Map<string, Omit<Planned, 'doctor'> | null>();
    const planned: Planned[] = [];
    for (const doctor of candidates) {
      const planKey = doctor.policy === null ? doctor.hoursKey : `${doctor.hoursKey} ${JSON.stringify(doctor.policy)}`;
      let plan = plans.get(planKey);
      if (plan === undefined) {
        const grid = slotGrid({
          blocks: doctor.blocks,
          timezone: doctor.timezone,
          from: since,
          to,
          durationMinutes: query.durationMinutes,
          now,
        });
        plan = planOf(grid, policyOrDefault(doctor.policy), { since, to, now, subject });
        plans.set(planKey, plan);
      }
      if (plan) {
        planned.push({ doctor, ...plan });
      }
    }
    planned.sort(before);

    const found: Found[] = [];
    let next = 0;
    for (let size = Math.max(FIRST_BATCH, 2 * query.limit); next < planned.length; size *= 2) {
      const batch = planned.slice(next, next + size);
      next += batch.length;
      found.push(...(await this.searchBatch(batch, query.durationMinutes, to, patientId)));
      found.sort(before);
      const waiting = planned[next];
      if (waiting && found.length >= query.limit && before(found[query.limit - 1], waiting) < 0) {
        break;
      }
    }
    return {
      data: found.slice(0, query.limit).map(({ doctor, start }) => earliestOf(doctor, start, query.durationMinutes)),
    };
  }

  /** The earliest free slot of each doctor of `batch` that has one (batch sorted by their first possible `start`). */
  private async searchBatch(
    batch: readonly Planned[],
    durationMinutes: number,
    to: Date,
    patientId: string | null,
  ): Promise<Found[]> {
    const durationMs = durationMinutes * MINUTE_MS;
    const found: Found[] = [];
    let remaining = batch;
    for (const window of windowsOf(new Date(batch[0].start), to)) {
      // Only doctors whose hours allow a start in this window need their busy time read for it.
      const inWindow = remaining.filter((p) => freeStarts(p.grid, [], 0, clip(p.range, window), 1).length > 0);
      if (inWindow.length === 0) {
        continue;
      }
      const until = new Date(window.endsAt.getTime() + durationMs);
      const busy = await this.slots.findBusy(
        inWindow.map((p) => p.doctor.id),
        {
          since: window.startsAt,
          until,
          blockedSince: new Date(window.startsAt.getTime() - MAX_BUFFER_MS),
          blockedUntil: new Date(until.getTime() + MAX_BUFFER_MS),
        },
        patientId,
      );
      const done = new Set<string>();
      for (const p of inWindow) {
        const busyTimes = busyFor({
          policy: p.policy,
          timeOff: busy.timeOff.get(p.doctor.id) ?? [],
          booked: busy.booked.get(p.doctor.id) ?? [],
          held: busy.held.get(p.doctor.id) ?? [],
          own: busy.own,
        });
        const [start] = freeStarts(p.grid, busyTimes, durationMs, clip(p.range, window), 1);
        if (start !== undefined) {
          found.push({ doctor: p.doctor, start });
          done.add(p.doctor.id);
        }
      }
      remaining = remaining.filter((p) => !done.has(p.doctor.id));
      if (remaining.length === 0) {
        break;
      }
    }
    return found;
  }
}

/** A group's range (the caller's booking window under its policy) and first start on its grid; null if none. */
function planOf(
  grid: number[],
  policy: BookingPolicy,
  window: { since: Date; to: Date; now: Date; subject: RuleSubject },
): Omit<Planned, 'doctor'> | null {
  const range = bookingRangeOf({ from: window.since, to: window.to, now: window.now, subject: window.subject, policy });
  if (!range) {
    return null;
  }
  const [start] = freeStarts(grid, [], 0, range, 1);
  return start === undefined ? null : { policy, grid, range, start };
}

function clip(range: { from: number; to: number }, window: Interval): { from: number; to: number } {
  return {
    from: Math.max(range.from, window.startsAt.getTime()),
    to: Math.min(range.to, window.endsAt.getTime()),
  };
}

/** The first day from `start`, then the rest up to `to`. */
function windowsOf(start: Date, to: Date): Interval[] {
  const firstEnd = Math.min(start.getTime() + DAY_MS, to.getTime());
  const windows = [{ startsAt: start, endsAt: new Date(firstEnd) }];
  if (firstEnd < to.getTime()) {
    windows.push({ startsAt: new Date(firstEnd), endsAt: to });
  }
  return windows;
}

function earliestOf(doctor: SlotCandidate, start: number, durationMinutes: number): EarliestSlot {
  return {
    doctor: {
      id: doctor.id,
      fullName: doctor.fullName,
      specialization: doctor.specialization,
      isOnline: doctor.isOnline,
      status: doctor.status,
    },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + durationMinutes * MINUTE_MS).toISOString(),
  };
}
