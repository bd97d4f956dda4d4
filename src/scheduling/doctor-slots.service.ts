import { Injectable } from '@nestjs/common';
import { MAX_SLOT_RANGE_DAYS, type FreeSlots } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { notFound } from '../access/access-policy';
import { bookableSlots, MAX_BUFFER_MS } from './bookable-slots';
import { policyOrDefault, type RuleSubject } from './booking-policy';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import { DoctorSlotsRepository } from './doctor-slots.repository';
import type { FreeSlotsQueryDto } from './dto/slots.dto';

const MINUTE_MS = 60_000;

/** Whose rules the slots follow: a patient's own (notice, horizon, their own appointments), or staff's. */
export function slotSubjectOf(actor: Actor): { subject: RuleSubject; patientId: string | null } {
  return actor.role === 'patient' && actor.patientId
    ? { subject: 'patient', patientId: actor.patientId }
    : { subject: 'staff', patientId: null };
}

/**
 * Free slots of a doctor for the caller who asks, from a fixed number of indexed reads whatever the range (hours,
 * policy, time off, blocked ranges of appointments and holds, the patient's own appointments); the grid itself is
 * the pure `bookableSlots`.
 */
@Injectable()
export class DoctorSlotsService {
  constructor(
    private readonly schedules: DoctorScheduleRepository,
    private readonly busy: DoctorSlotsRepository,
  ) {}

  async findFreeSlots(actor: Actor, doctorId: string, query: FreeSlotsQueryDto): Promise<FreeSlots> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (to <= from) {
      throw new ValidationError([{ field: 'to', message: 'to must be after from' }]);
    }
    if (to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * 24 * 60 * MINUTE_MS) {
      throw new AppError('RANGE_TOO_LARGE', `The range may span at most ${MAX_SLOT_RANGE_DAYS} days`, [
        { field: 'to', message: `to must be at most ${MAX_SLOT_RANGE_DAYS} days after from` },
      ]);
    }
    const hours = await this.schedules.findHours(doctorId);
    if (!hours) {
      throw notFound('doctor');
    }
    const now = new Date();
    const durationMinutes = query.durationMinutes;
    const response = { doctorId, timezone: hours.timezone, durationMinutes };
    // Only what can touch a slot: slots start in [max(from, now), to) and last durationMinutes.
    const since = new Date(Math.max(from.getTime(), now.getTime()));
    const until = new Date(to.getTime() + durationMinutes * MINUTE_MS);
    // A deactivated doctor is not bookable (a booking answers 404): offering their slots would only mislead.
    if (!hours.bookable || hours.blocks.length === 0 || since >= to) {
      return { ...response, slots: [] };
    }
    const { subject, patientId } = slotSubjectOf(actor);
    const policy = policyOrDefault(hours.policy);
    const busy = await this.busy.findBusy(
      [doctorId],
      {
        since,
        until,
        blockedSince: new Date(since.getTime() - MAX_BUFFER_MS),
        blockedUntil: new Date(until.getTime() + MAX_BUFFER_MS),
      },
      patientId,
    );
    const slots = bookableSlots({
      hours,
      policy,
      from,
      to,
      durationMinutes,
      now,
      subject,
      timeOff: busy.timeOff.get(doctorId) ?? [],
      booked: busy.booked.get(doctorId) ?? [],
      held: busy.held.get(doctorId) ?? [],
      own: busy.own,
    });
    return {
      ...response,
      slots: slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
    };
  }
}
