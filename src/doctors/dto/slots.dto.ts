import type { FreeSlot, FreeSlots } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
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

/** A free interval [startsAt, endsAt) that a booking of the asked length could take. */
@ApiSchema({ name: 'FreeSlot' })
export class FreeSlotDto implements FreeSlot {
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
}

@ApiSchema({ name: 'FreeSlots' })
export class FreeSlotsDto implements FreeSlots {
  @UuidField()
  doctorId!: string;
  /**
   * The doctor's IANA time zone, for showing the slots on their wall clock.
   * @example "Europe/Berlin"
   */
  timezone!: string;
  /** @example 30 */
  @IntegerField({ minimum: 5, maximum: 480 })
  durationMinutes!: number;
  /** In time order. */
  slots!: FreeSlotDto[];
}
