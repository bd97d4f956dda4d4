import type { ActorRole, AuditAction, AuditEvent, AuditOutcome } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { EnumField, InstantField, UuidField } from '../../common/http/api-fields';
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
@ApiSchema({ name: 'AuditEvent' })
export class AuditEventDto implements AuditEvent {
  @UuidField()
  id!: string;
  /** Who acted: a user, or the API key (its id) when `actorRole` is `integration`. */
  @UuidField({ nullable: true })
  actorId!: string | null;
  @EnumField('ActorRole', { nullable: true })
  actorRole!: ActorRole | null;
  @EnumField('AuditAction')
  action!: AuditAction;
  /** The patient concerned; null for a list of patients. */
  @UuidField({ nullable: true })
  patientId!: string | null;
  /** The medical record concerned, if any. */
  @UuidField({ nullable: true })
  recordId!: string | null;
  /** The `X-Request-Id` of the request. */
  requestId!: string | null;
  /** `denied` when the caller was refused (403, or 404 for what they may not see). */
  @EnumField('AuditOutcome')
  outcome!: AuditOutcome;
  @InstantField()
  createdAt!: string;
}

@ApiSchema({ name: 'AuditEventPage' })
export class AuditEventPageDto {
  data!: AuditEventDto[];
  meta!: PageMetaDto;
}
