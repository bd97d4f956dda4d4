import { Injectable } from '@nestjs/common';
import type { DoctorSchedule } from '@app/contracts';
import type { Actor } from '../auth/actor';
import { ValidationError } from '../common/errors/app-error';
import { DoctorScheduleRepository } from './doctor-schedule.repository';
import type { ReplaceScheduleDto } from './dto/schedule.dto';
import type { DoctorHours } from './working-hours.query';
import { minutesOf, scheduleProblems, timeOf } from './working-hours';
import { AccessPolicy, notFound } from '../access/access-policy';
import { DomainEventPublisher } from '../outbox/domain-event-publisher';
import { everythingAheadOf } from './booking-policy.service';

function toScheduleResponse(hours: DoctorHours): DoctorSchedule {
  return {
    timezone: hours.timezone,
    weeklyHours: hours.blocks.map((block) => ({
      dayOfWeek: block.dayOfWeek,
      startTime: timeOf(block.startMinute),
      endTime: timeOf(block.endMinute),
    })),
  };
}

/** A doctor's weekly working hours, stored as minutes after local midnight. */
@Injectable()
export class DoctorScheduleService {
  constructor(
    private readonly schedules: DoctorScheduleRepository,
    private readonly access: AccessPolicy,
    private readonly events: DomainEventPublisher,
  ) {}

  async getSchedule(_actor: Actor, doctorId: string): Promise<DoctorSchedule> {
    const hours = await this.schedules.findHours(doctorId);
    if (!hours) {
      throw notFound('doctor');
    }
    return toScheduleResponse(hours);
  }

  /**
   * Replaces the whole week in one transaction. The doctor row is locked first so two concurrent replacements
   * run one after the other instead of colliding on the overlap constraint. A `timezone` in the body becomes the
   * doctor's, in the same transaction. Existing appointments stay.
   */
  async replaceSchedule(actor: Actor, doctorId: string, dto: ReplaceScheduleDto): Promise<DoctorSchedule> {
    this.access.require(actor, 'doctor.manage', { doctorId });
    const blocks = dto.weeklyHours.map((block) => ({
      dayOfWeek: block.dayOfWeek,
      startMinute: minutesOf(block.startTime),
      endMinute: minutesOf(block.endTime),
    }));
    const problems = scheduleProblems(blocks);
    if (problems.length > 0) {
      throw new ValidationError(
        problems.map(({ index, field, message }) => ({ field: `weeklyHours.${index}.${field}`, message })),
        'The weekly hours are not a valid schedule',
      );
    }
    const { schedule, changed } = await this.schedules.transaction(async (em) => {
      if (!(await this.schedules.lockDoctor(doctorId, em))) {
        throw notFound('doctor');
      }
      if (dto.timezone !== undefined) {
        await this.schedules.setTimezone(doctorId, dto.timezone, em);
      }
      await this.schedules.replaceWeek(doctorId, blocks, em);
      const event = await this.events.record(em, {
        name: 'slots.changed',
        payload: { doctorId, ...everythingAheadOf(new Date()) },
      });
      return { schedule: toScheduleResponse((await this.schedules.findHours(doctorId, em))!), changed: event };
    });
    this.events.publish(changed);
    return schedule;
  }
}
