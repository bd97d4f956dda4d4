import { ROLES, type Notification, type NotificationType, type Role } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { IsUuid } from '../../common/http/validators';
import { MaxJsonBytes } from '../max-json-bytes';

export const NOTIFICATION_TYPES = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'message',
  'broadcast',
] as const satisfies readonly NotificationType[];

export const MAX_TITLE_LENGTH = 200;
export const MAX_BODY_LENGTH = 2000;
export const MAX_DATA_BYTES = 4096;

export class ListNotificationsQueryDto extends PaginationQueryDto {
  /** `true`: only unread ones; `false`: only read ones; absent: all. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}

/** What an admin's message and broadcast both say. */
export class NoticeTextDto {
  /** 1..200 characters. */
  @Trim()
  @IsString()
  @Length(1, MAX_TITLE_LENGTH)
  title!: string;

  /** 1..2000 characters. */
  @Trim()
  @IsString()
  @Length(1, MAX_BODY_LENGTH)
  body!: string;
}

export class SendMessageDto extends NoticeTextDto {
  /** The user to notify. */
  @IsUuid()
  userId!: string;

  /** Free-form object for the client (at most 4 KiB of JSON). */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  @MaxJsonBytes(MAX_DATA_BYTES)
  data?: Record<string, unknown>;
}

export class BroadcastDto extends NoticeTextDto {
  /** Only users of this role; every active user when absent. */
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class NotificationDto implements Notification {
  id!: string;
  /** The event name for appointment events, `message` for a direct message, `broadcast` for a broadcast. */
  @ApiProperty({ enum: NOTIFICATION_TYPES })
  type!: NotificationType;
  title!: string;
  body!: string;
  /**
   * Appointment events: `{ appointmentId, status, … }`; broadcasts: `{ broadcastId }`; messages: what the admin
   * sent. Never medical content.
   */
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  data!: Record<string, unknown> | null;
  /** When the user marked it read; null while unread. */
  readAt!: string | null;
  createdAt!: string;
}

export class NotificationPageDto {
  data!: NotificationDto[];
  meta!: PageMetaDto;
}

export class BroadcastResultDto {
  /** How many users it was stored for (every active user, or every active user of `role`). */
  recipients!: number;
}
