import { APPOINTMENT_DURATION, type FreeSlot, type FreeSlots } from '@app/contracts';
import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { IsDurationMinutes } from '../../common/http/validators';

export class FreeSlotsQueryDto {
  /** Slots starting at or after this instant (ISO 8601 with an offset). */
  @IsInstantWithOffset()
  from!: string;

  /** Slots starting before this instant; after `from`, at most 31 days later (else 400 `RANGE_TOO_LARGE`). */
  @IsInstantWithOffset()
  to!: string;

  /** Length of each slot and step of the grid: 5..480 minutes, a multiple of 5. Default 30. */
  @IsDurationMinutes()
  @ApiPropertyOptional({ default: APPOINTMENT_DURATION.default })
  @Type(() => Number)
  durationMinutes: number = APPOINTMENT_DURATION.default;
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
  @IntegerField({ minimum: APPOINTMENT_DURATION.min, maximum: APPOINTMENT_DURATION.max })
  durationMinutes!: number;
  /** In time order. */
  slots!: FreeSlotDto[];
}
