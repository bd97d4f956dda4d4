import type { TimeOff } from '@app/contracts';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsInstantWithOffset } from '../../common/http/instant';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { Trim } from '../../common/http/transformers';

export class CreateTimeOffDto {
  /** ISO 8601 with an offset (`Z` or `+02:00`). */
  @IsInstantWithOffset()
  startsAt!: string;

  /** ISO 8601 with an offset; after `startsAt`, at most 366 days later. */
  @IsInstantWithOffset()
  endsAt!: string;

  /** Free text, up to 500 characters. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 500)
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

export class TimeOffDto implements TimeOff {
  id!: string;
  doctorId!: string;
  startsAt!: string;
  endsAt!: string;
  reason!: string | null;
  createdAt!: string;
}

export class TimeOffPageDto {
  data!: TimeOffDto[];
  meta!: PageMetaDto;
}
