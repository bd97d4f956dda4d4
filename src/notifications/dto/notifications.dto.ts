import {
  APPOINTMENT_NOTIFICATION_TYPES,
  FIELD_LIMITS,
  ROLES,
  type AppointmentNotificationData,
  type AppointmentNotificationType,
  type AppointmentStatus,
  type BroadcastNotificationData,
  type WaitlistOfferNotificationData,
  type Notification,
  type Role,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import type { NamedSchema } from '../../common/http/openapi';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { IsUuid } from '../../common/http/validators';
import { MaxJsonBytes } from '../max-json-bytes';

export class ListNotificationsQueryDto extends PaginationQueryDto {
  /** `true`: only unread ones; `false`: only read ones; absent: all. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

/** What an admin's message and broadcast both say. */
export class NoticeTextDto {
  /**
   * 1..200 characters.
   * @example "Clinic closed on Friday afternoon"
   */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.title.min, FIELD_LIMITS.title.max)
  title!: string;

  /**
   * 1..2000 characters.
   * @example "The clinic closes at 12:00 on Friday for staff training. Appointments after noon have been moved."
   */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.body.min, FIELD_LIMITS.body.max)
  body!: string;
}

@ApiSchema({ name: 'SendMessageRequest' })
export class SendMessageDto extends NoticeTextDto {
  /** The user to notify. */
  @IsUuid()
  userId!: string;

  /**
   * Free-form object for the client (at most 4 KiB of JSON).
   * @example { "link": "/appointments" }
   */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  @MaxJsonBytes(FIELD_LIMITS.data.maxBytes)
  data?: Record<string, unknown>;
}

@ApiSchema({ name: 'BroadcastRequest' })
export class BroadcastDto extends NoticeTextDto {
  /** Only users of this role; every active user when absent. */
  @EnumField('Role', { required: false })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

/** The fields every notification has, whatever its type. */
abstract class NotificationFieldsDto {
  @UuidField()
  id!: string;
  /** @example "Appointment booked" */
  title!: string;
  /** @example "Jonas Weber with Dr Amara Okafor on Mon 7 Dec 2026, 11:00 CET." */
  body!: string;
  /** When the user marked it read; null while unread. */
  @InstantField({ nullable: true })
  readAt!: string | null;
  @InstantField()
  createdAt!: string;
}

/** What an appointment notification points at; never medical content. */
@ApiSchema({ name: 'AppointmentNotificationData' })
export class AppointmentNotificationDataDto implements AppointmentNotificationData {
  @UuidField()
  appointmentId!: string;
  /** The appointment's status after the event. */
  @EnumField('AppointmentStatus')
  status!: AppointmentStatus;
  /** `appointment.status_changed` only: the status before. */
  @EnumField('AppointmentStatus', { required: false })
  previousStatus?: AppointmentStatus;
  /**
   * `appointment.updated` only: the fields that changed.
   * @example ["startsAt", "endsAt"]
   */
  changes?: string[];
  /**
   * `appointment.reminder` only: how many minutes before the start it was sent (one of `REMINDER_LEAD_MINUTES`).
   * @example 60
   */
  @IntegerField({ required: false, minimum: 1 })
  minutesBefore?: number;
}

@ApiSchema({ name: 'BroadcastNotificationData' })
export class BroadcastNotificationDataDto implements BroadcastNotificationData {
  /** The same for every copy of one broadcast. */
  @UuidField()
  broadcastId!: string;
}

/** An appointment of the user was booked, changed, or changed status, or it is coming up (a reminder). */
@ApiSchema({ name: 'AppointmentNotification' })
export class AppointmentNotificationDto extends NotificationFieldsDto {
  @EnumField('AppointmentNotificationType')
  type!: AppointmentNotificationType;
  data!: AppointmentNotificationDataDto;
}

/** A direct message from an admin. */
@ApiSchema({ name: 'MessageNotification' })
export class MessageNotificationDto extends NotificationFieldsDto {
  @ApiProperty({ enum: ['message'] })
  type!: 'message';
  /**
   * What the admin sent along, for the client; null when nothing.
   * @example { "link": "/appointments" }
   */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data!: Record<string, unknown> | null;
}

/** A message from an admin to every user (or every user of a role). */
@ApiSchema({ name: 'BroadcastNotification' })
export class BroadcastNotificationDto extends NotificationFieldsDto {
  @ApiProperty({ enum: ['broadcast'] })
  type!: 'broadcast';
  data!: BroadcastNotificationDataDto;
}

/** What a waitlist offer's notification points at: the entry and the time held for its patient. */
@ApiSchema({ name: 'WaitlistOfferNotificationData' })
export class WaitlistOfferNotificationDataDto implements WaitlistOfferNotificationData {
  @UuidField()
  entryId!: string;
  @UuidField()
  doctorId!: string;
  /** Book with `POST /appointments` and this `holdId` before `expiresAt`. */
  @UuidField()
  holdId!: string;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
  @InstantField()
  expiresAt!: string;
}

/** Freed time of the doctor a patient waits for is held for them (`waitlist.offer`). */
@ApiSchema({ name: 'WaitlistOfferNotification' })
export class WaitlistOfferNotificationDto extends NotificationFieldsDto {
  @ApiProperty({ enum: ['waitlist.offer'] })
  type!: 'waitlist.offer';
  data!: WaitlistOfferNotificationDataDto;
}

/** The models of the `Notification` union: `type` tells them apart (see `NOTIFICATION_SCHEMA`). */
export const NOTIFICATION_MODELS = [
  AppointmentNotificationDto,
  MessageNotificationDto,
  BroadcastNotificationDto,
  WaitlistOfferNotificationDto,
];

/**
 * `Notification`: one of the three shapes, told apart by `type`, so a generated client knows what `data` holds. Added
 * to the document's components by `buildOpenApiDocument`.
 */
export const NOTIFICATION_SCHEMA: NamedSchema = {
  name: 'Notification',
  schema: {
    description: 'A stored notification; `type` tells what `data` holds. Also the `notification` socket event.',
    oneOf: NOTIFICATION_MODELS.map((model) => ({ $ref: getSchemaPath(model) })),
    discriminator: {
      propertyName: 'type',
      mapping: {
        ...Object.fromEntries(
          APPOINTMENT_NOTIFICATION_TYPES.map((type) => [type, getSchemaPath(AppointmentNotificationDto)]),
        ),
        message: getSchemaPath(MessageNotificationDto),
        broadcast: getSchemaPath(BroadcastNotificationDto),
        'waitlist.offer': getSchemaPath(WaitlistOfferNotificationDto),
      },
    },
  },
};

/** Any notification, in the answers of a handler (`Notification` in the document). */
export type NotificationDto = Notification;

@ApiSchema({ name: 'NotificationPage' })
export class NotificationPageDto {
  @ApiProperty({ type: 'array', items: { $ref: getSchemaPath('Notification') } })
  data!: Notification[];
  meta!: PageMetaDto;
}

@ApiSchema({ name: 'BroadcastResult' })
export class BroadcastResultDto {
  /**
   * How many users it was stored for (every active user, or every active user of `role`).
   * @example 73
   */
  @IntegerField({ minimum: 0 })
  recipients!: number;
}
