import { FIELD_LIMITS, type TimeOff } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { InstantField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { Trim } from '../../common/http/transformers';

@ApiSchema({ name: 'CreateTimeOffRequest' })
export class CreateTimeOffDto {
  /** ISO 8601 with an offset (`Z` or `+02:00`). */
  @IsInstantWithOffset()
  startsAt!: string;

  /** ISO 8601 with an offset; after `startsAt`, at most 366 days later. */
  @IsInstantWithOffset()
  endsAt!: string;

  /**
   * Free text, up to 500 characters.
   * @example "Conference in Vienna"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.timeOffReason.min, FIELD_LIMITS.timeOffReason.max)
  reason?: string;
}

export class ListTimeOffQueryDto extends PaginationQueryDto {
  /** Only time off that ends after this instant (ISO 8601 with an offset). */
  @IsOptional()
  @IsInstantWithOffset()
  from?: string;

  /** Only time off that starts before this instant (ISO 8601 with an offset). */
  @IsOptional()
  @IsInstantWithOffset()
  to?: string;
}

/** A stretch of time in which the doctor takes no bookings. */
@ApiSchema({ name: 'TimeOff' })
export class TimeOffDto implements TimeOff {
  @UuidField()
  id!: string;
  @UuidField()
  doctorId!: string;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
  /** @example "Conference in Vienna" */
  reason!: string | null;
  @InstantField()
  createdAt!: string;
}

@ApiSchema({ name: 'TimeOffPage' })
export class TimeOffPageDto {
  data!: TimeOffDto[];
  meta!: PageMetaDto;
}
