import { AppError } from '../common/errors/app-error';
import { isWithinWorkingHours } from './working-hours';
import type { DoctorHours } from './working-hours.query';

// The availability rules a booking and a reschedule apply to the facts their statement read (the free slots follow
// the same rules, so every offered slot passes). Overlap with other appointments is the exclusion constraints' job.

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
