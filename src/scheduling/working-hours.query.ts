import type { BookingPolicy } from '@app/contracts';
import type { WeeklyBlock } from './working-hours';

/**
 * The shapes of a doctor's loaded hours (the statement that reads them is `DoctorScheduleRepository.findHours`);
 * the booking rules take them too.
 */
export interface DoctorHours {
  timezone: string;
  blocks: WeeklyBlock[];
}

/** With whether the doctor can be booked at all: a deactivated doctor keeps their hours but takes no bookings. */
export interface LoadedDoctorHours extends DoctorHours {
  bookable: boolean;
  /** The stored booking policy; null: the defaults. */
  policy: BookingPolicy | null;
}
