import type { SlotsChangedEvent } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { InstantField, UuidField } from '../../common/http/api-fields';
import { IsUuid } from '../../common/http/validators';

/** The payload of `slots.watch` and `slots.unwatch`: which doctor's free time to follow, or stop following. */
@ApiSchema({ name: 'WatchSlotsRequest' })
export class WatchSlotsDto {
  /** An active doctor (else `DOCTOR_NOT_FOUND`). */
  @IsUuid()
  doctorId!: string;
}

/**
 * Which of a doctor's times are free changed between `from` and `to`: a booking, cancellation, reschedule, deletion,
 * a hold made, released or expired, time off, a schedule or booking-policy change. No patient data: read the slots
 * again for that range.
 */
@ApiSchema({ name: 'SlotsChangedEvent' })
export class SlotsChangedEventDto implements SlotsChangedEvent {
  @UuidField()
  doctorId!: string;
  /** Start of the range whose free time changed (UTC). */
  @InstantField()
  from!: string;
  /** End of that range (UTC), after `from`. */
  @InstantField()
  to!: string;
}

/** The payload of `appointments.watch` and `appointments.unwatch` (admins: reception's live board): `{}`. */
@ApiSchema({ name: 'WatchAppointmentsRequest' })
export class WatchAppointmentsDto {}

export const SLOT_WATCH_MODELS = [WatchSlotsDto, SlotsChangedEventDto, WatchAppointmentsDto];
