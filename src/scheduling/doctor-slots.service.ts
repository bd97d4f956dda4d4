import { Injectable } from '@nestjs/common';
import { APPOINTMENT_DURATION, MAX_SLOT_RANGE_DAYS, type FreeSlots } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { AppError, ValidationError } from '../common/errors/app-error';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import { DoctorSlotsRepository } from './doctor-slots.repository';
import type { FreeSlotsQueryDto } from './dto/slots.dto';
import { findFreeSlots } from './free-slots';
import { notFound } from '../access/access-policy';

const MINUTE_MS = 60_000;
/** The database caps an appointment at 480 minutes, so one that overlaps the range started at most this early. */
const LONGEST_APPOINTMENT_MS = APPOINTMENT_DURATION.max * MINUTE_MS;

/**
 * Free slots of a doctor, from exactly three indexed reads whatever the range (hours, time off overlapping it,
 * slot-holding appointments overlapping it); the grid itself is the pure `findFreeSlots`.
 */
@Injectable()
export class DoctorSlotsService {
  constructor(
    private readonly schedules: DoctorScheduleRepository,
    private readonly busy: DoctorSlotsRepository,
  ) {}

  async findFreeSlots(_actor: Actor, doctorId: string, query: FreeSlotsQueryDto): Promise<FreeSlots> {
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
    const timeOff = await this.busy.findTimeOff(doctorId, since, until);
    const appointments = await this.busy.findAppointments(
      doctorId,
      new Date(since.getTime() - LONGEST_APPOINTMENT_MS),
      since,
      until,
    );
    const slots = findFreeSlots({
      blocks: hours.blocks,
      timezone: hours.timezone,
      from,
      to,
      durationMinutes,
      busy: [...timeOff, ...appointments],
      now,
    });
    return {
      ...response,
      slots: slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
    };
  }
}
