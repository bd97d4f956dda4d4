import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  ROLES,
  type AuditAction,
  type AuditEvent,
  type AuditOutcome,
  type Role,
} from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstantWithOffset } from '../../common/http/instant';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { IsUuid } from '../../common/http/validators';

export class ListAuditEventsQueryDto extends PaginationQueryDto {
  /** Only events about this patient. */
  @IsOptional()
  @IsUuid()
  patientId?: string;

  /** Only events by this user. */
  @IsOptional()
  @IsUuid()
  actorId?: string;

  /** Events at or after this time (ISO 8601 with offset). */
  @IsOptional()
  @IsInstantWithOffset()
  from?: string;

  /** Events before this time (ISO 8601 with offset); must be later than `from`. */
  @IsOptional()
  @IsInstantWithOffset()
  to?: string;
}

/** One access to a patient's data. Never carries medical content. */
export class AuditEventDto implements AuditEvent {
  id!: string;
  /** The user who acted. */
  actorId!: string | null;
  @ApiProperty({ enum: ROLES, nullable: true })
  actorRole!: Role | null;
  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;
  /** The patient concerned; null for a list of patients. */
  patientId!: string | null;
  /** The medical record concerned, if any. */
  recordId!: string | null;
  /** The `X-Request-Id` of the request. */
  requestId!: string | null;
  /** `denied` when the caller was refused (403, or 404 for what they may not see). */
  @ApiProperty({ enum: AUDIT_OUTCOMES })
  outcome!: AuditOutcome;
  createdAt!: string;
}

export class AuditEventPageDto {
  data!: AuditEventDto[];
  meta!: PageMetaDto;
}
