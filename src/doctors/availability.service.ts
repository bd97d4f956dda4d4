import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, NotFoundError } from '../common/errors/app-error';
import { TimeOffEntity } from './time-off.entity';
import { isWithinWorkingHours } from './working-hours';
import { loadDoctorHours } from './working-hours.query';

/**
 * The availability check the booking flow calls (inside its transaction): is [startsAt, endsAt) inside the
 * doctor's working hours and outside their time off? Overlap with other appointments is not checked here:
 * the database's exclusion constraints are the guarantee for that. The same rules decide the free slots, so
 * every offered slot passes this check.
 */
@Injectable()
export class AvailabilityService {
  async assertBookable(em: EntityManager, doctorId: string, startsAt: Date, endsAt: Date): Promise<void> {
    const hours = await loadDoctorHours(em, doctorId);
    if (!hours) {
      throw new NotFoundError('DOCTOR_NOT_FOUND', 'Doctor not found');
    }
    if (!isWithinWorkingHours(hours.blocks, hours.timezone, startsAt, endsAt)) {
      throw new AppError('OUTSIDE_WORKING_HOURS', "The time is outside the doctor's working hours");
    }
    const timeOff = await em
      .createQueryBuilder(TimeOffEntity, 't')
      .where('t.doctor_id = :doctorId AND t.starts_at < :endsAt AND t.ends_at > :startsAt', {
        doctorId,
        startsAt,
        endsAt,
      })
      .getExists();
    if (timeOff) {
      throw new AppError('OUTSIDE_WORKING_HOURS', 'The doctor is off at that time');
    }
  }
}
