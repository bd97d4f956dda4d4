import type { FreeSlot, FreeSlots } from '@app/contracts';
import { Type } from 'class-transformer';
import { IsDivisibleBy, IsInt, Max, Min } from 'class-validator';
import { IsInstantWithOffset } from '../../common/http/instant';
import { OptionalInteger } from '../../common/http/pagination.dto';

export class FreeSlotsQueryDto {
  /** Slots starting at or after this instant (ISO 8601 with an offset). */
  @IsInstantWithOffset()
  from!: string;

  /** Slots starting before this instant; after `from`, at most 31 days later (else 400 `RANGE_TOO_LARGE`). */
  @IsInstantWithOffset()
  to!: string;

  /** Length of each slot and step of the grid: 5..480 minutes, a multiple of 5. Default 30. */
  @OptionalInteger()
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(480)
  @IsDivisibleBy(5)
  durationMinutes: number = 30;
}

export class FreeSlotDto implements FreeSlot {
  startsAt!: string;
  endsAt!: string;
}

export class FreeSlotsDto implements FreeSlots {
  doctorId!: string;
  /** The doctor's IANA time zone, for showing the slots on their wall clock. */
  timezone!: string;
  durationMinutes!: number;
  /** In time order. */
  slots!: FreeSlotDto[];
}
