import { Injectable } from '@nestjs/common';
import { MAX_EARLIEST_SLOT_RANGE_DAYS, type EarliestSlot } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { bookableSlots, MAX_BUFFER_MS } from './bookable-slots';
import { policyOrDefault, type Interval } from './booking-policy';
import { DoctorSlotsRepository, type SlotCandidate } from './doctor-slots.repository';
import { slotSubjectOf } from './doctor-slots.service';
import type { EarliestSlotsQueryDto } from './dto/earliest-slots.dto';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** The first window searched; most doctors have a free slot in it, so the rest is read only for those who do not. */
const FIRST_WINDOW_MS = DAY_MS;

/**
 * "Who can see me first?": each matching doctor's earliest slot the caller could book, earliest first. The search
 * runs window by window (the first day, then the rest), for all remaining doctors at once: a fixed number of
 * statements per window whatever the number of doctors (candidates with hours and policies; time off; blocked
 * ranges; holds), never one per doctor. Once `limit` doctors have a slot inside the windows searched so far, no
 * other doctor can come before them, and the search stops.
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
    const found: EarliestSlot[] = [];
    let remaining = candidates;
    for (const window of windowsOf(since, to)) {
      if (remaining.length === 0) {
        break;
      }
      const until = new Date(window.endsAt.getTime() + query.durationMinutes * MINUTE_MS);
      const busy = await this.slots.findBusy(
        remaining.map((doctor) => doctor.id),
        {
          since: window.startsAt,
          until,
          blockedSince: new Date(window.startsAt.getTime() - MAX_BUFFER_MS),
          blockedUntil: new Date(until.getTime() + MAX_BUFFER_MS),
        },
        patientId,
      );
      const stillLooking: SlotCandidate[] = [];
      for (const doctor of remaining) {
        const [first] = bookableSlots({
          hours: { timezone: doctor.timezone, blocks: doctor.blocks },
          policy: policyOrDefault(doctor.policy),
          from: window.startsAt,
          to: window.endsAt,
          durationMinutes: query.durationMinutes,
          now,
          subject,
          timeOff: busy.timeOff.get(doctor.id) ?? [],
          booked: busy.booked.get(doctor.id) ?? [],
          held: busy.held.get(doctor.id) ?? [],
          own: busy.own,
        });
        if (first) {
          found.push(earliestOf(doctor, first));
        } else {
          stillLooking.push(doctor);
        }
      }
      remaining = stillLooking;
      if (found.length >= query.limit) {
        break;
      }
    }
    found.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.doctor.fullName.localeCompare(b.doctor.fullName));
    return { data: found.slice(0, query.limit) };
  }
}

/** The first day of the range, then the rest of it. */
function windowsOf(since: Date, to: Date): Interval[] {
  const firstEnd = Math.min(since.getTime() + FIRST_WINDOW_MS, to.getTime());
  const windows = [{ startsAt: since, endsAt: new Date(firstEnd) }];
  if (firstEnd < to.getTime()) {
    windows.push({ startsAt: new Date(firstEnd), endsAt: to });
  }
  return windows;
}

function earliestOf(doctor: SlotCandidate, slot: Interval): EarliestSlot {
  return {
    doctor: {
      id: doctor.id,
      fullName: doctor.fullName,
      specialization: doctor.specialization,
      isOnline: doctor.isOnline,
      status: doctor.status,
    },
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
  };
}
