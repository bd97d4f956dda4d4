import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error';
import { TimeOffEntity } from './time-off.entity';
import { isWithinWorkingHours } from './working-hours';
import { loadDoctorHours, type DoctorHours } from './working-hours.query';

/** [startsAt, endsAt) inside one of the doctor's working blocks, else 422 `OUTSIDE_WORKING_HOURS`. */
export function assertWithinWorkingHours(hours: DoctorHours, startsAt: Date, endsAt: Date): void {
  if (!isWithinWorkingHours(hours.blocks, hours.timezone, startsAt, endsAt)) {
    throw new AppError('OUTSIDE_WORKING_HOURS', "The time is outside the doctor's working hours");
  }
}

/** `inTimeOff`: the interval overlaps a time off of the doctor → 422 `OUTSIDE_WORKING_HOURS`. */
export function assertNotInTimeOff(inTimeOff: boolean): void {
  if (inTimeOff) {
    throw new AppError('OUTSIDE_WORKING_HOURS', 'The doctor is off at that time');
  }
}

/**
 * The availability check of a reschedule (inside its transaction): is [startsAt, endsAt) inside the doctor's
 * working hours and outside their time off? Booking reads the same facts in its own statement and applies the
 * same two rules above. Overlap with other appointments is not checked here: the database's exclusion
 * constraints are the guarantee for that. The same rules decide the free slots, so every offered slot passes.
 */
@Injectable()
export class AvailabilityService {
  async assertBookable(em: EntityManager, doctorId: string, startsAt: Date, endsAt: Date): Promise<void> {
    const hours = await loadDoctorHours(em, doctorId);
    if (!hours) {
      throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
    }
    assertWithinWorkingHours(hours, startsAt, endsAt);
    const timeOff = await em
      .createQueryBuilder(TimeOffEntity, 't')
      .where('t.doctor_id = :doctorId AND t.starts_at < :endsAt AND t.ends_at > :startsAt', {
        doctorId,
        startsAt,
        endsAt,
      })
      .getExists();
    assertNotInTimeOff(timeOff);
  }
}
