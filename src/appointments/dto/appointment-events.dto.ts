import type {
  AppointmentCreatedEvent,
  AppointmentDeletedEvent,
  AppointmentReminderEvent,
  AppointmentStatus,
  AppointmentStatusChangedEvent,
  AppointmentUpdatedEvent,
  ChangedByRole,
} from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { EnumField, IntegerField, UuidField } from '../../common/http/api-fields';
import { AppointmentDto } from './appointment.dto';

/**
 * The payloads of the appointment events on the Socket.IO namespace `/notifications` (described by the AsyncAPI
 * document, which shares these schemas with the OpenAPI document's components).
 */
@ApiSchema({ name: 'AppointmentCreatedEvent' })
export class AppointmentCreatedEventDto implements AppointmentCreatedEvent {
  appointment!: AppointmentDto;
}

@ApiSchema({ name: 'AppointmentUpdatedEvent' })
export class AppointmentUpdatedEventDto implements AppointmentUpdatedEvent {
  appointment!: AppointmentDto;
  /**
   * The fields that changed.
   * @example ["startsAt", "endsAt"]
   */
  changes!: string[];
}

/** Who made a status change: a user, or `{ id: null, role: "system" }` for the service acting on time. */
@ApiSchema({ name: 'ChangedBy' })
export class ChangedByDto {
  /** The user's id; null for `system`. */
  @UuidField({ nullable: true })
  id!: string | null;
  @EnumField('ChangedByRole')
  role!: ChangedByRole;
}

@ApiSchema({ name: 'AppointmentStatusChangedEvent' })
export class AppointmentStatusChangedEventDto implements AppointmentStatusChangedEvent {
  appointment!: AppointmentDto;
  @EnumField('AppointmentStatus')
  previousStatus!: AppointmentStatus;
  /** The new status, also `appointment.status`. */
  @EnumField('AppointmentStatus')
  status!: AppointmentStatus;
  changedBy!: ChangedByDto;
}

/** An admin deleted the appointment; it is as it was last, so a screen can drop it by id. */
@ApiSchema({ name: 'AppointmentDeletedEvent' })
export class AppointmentDeletedEventDto implements AppointmentDeletedEvent {
  appointment!: AppointmentDto;
}

/** A `pending` or `confirmed` appointment starts in `minutesBefore` minutes. */
@ApiSchema({ name: 'AppointmentReminderEvent' })
export class AppointmentReminderEventDto implements AppointmentReminderEvent {
  appointment!: AppointmentDto;
  /**
   * How many minutes before the start this reminder is sent: one of `REMINDER_LEAD_MINUTES`.
   * @example 60
   */
  @IntegerField({ minimum: 1 })
  minutesBefore!: number;
}

export const APPOINTMENT_EVENT_MODELS = [
  AppointmentCreatedEventDto,
  AppointmentUpdatedEventDto,
  AppointmentStatusChangedEventDto,
  AppointmentDeletedEventDto,
  AppointmentReminderEventDto,
];
