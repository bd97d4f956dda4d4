import {
  AVAILABILITY_REASON_CODES,
  type AvailabilityExplanation,
  type AvailabilityReason,
  type AvailabilityReasonCode,
  type Hold,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { APPOINTMENT_DURATION } from '@app/contracts';
import { InstantField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { IsDurationMinutes, IsUuid } from '../../common/http/validators';

@ApiSchema({ name: 'CreateHoldRequest' })
export class CreateHoldDto {
  /** The doctor whose time to hold. */
  @IsUuid()
  doctorId!: string;

  /** ISO 8601 with an offset; the same rules as a booking (future, working hours, notice, horizon). */
  @IsInstantWithOffset()
  startsAt!: string;

  /**
   * 5..480 minutes, a multiple of 5. Default 30.
   * @example 30
   */
  @IsOptional()
  @IsDurationMinutes()
  durationMinutes?: number;
}

/** A patient's temporary reservation: nobody else can book or hold the interval until `expiresAt`. */
@ApiSchema({ name: 'Hold' })
export class HoldDto implements Hold {
  @UuidField()
  id!: string;
  @UuidField()
  doctorId!: string;
  @UuidField()
  patientId!: string;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
  /** When the hold lapses (`HOLD_TTL_SECONDS` after it was made); an expired hold blocks nobody. */
  @InstantField()
  expiresAt!: string;
}

export class ExplainAvailabilityQueryDto {
  /** The start to explain (ISO 8601 with an offset). */
  @IsInstantWithOffset()
  startsAt!: string;

  /** Length of the interval: 5..480 minutes, a multiple of 5. Default 30. */
  @IsDurationMinutes()
  @ApiPropertyOptional({ default: APPOINTMENT_DURATION.default })
  @Type(() => Number)
  durationMinutes: number = APPOINTMENT_DURATION.default;
}

/** One reason an interval cannot be booked by the caller. */
@ApiSchema({ name: 'AvailabilityReason' })
export class AvailabilityReasonDto implements AvailabilityReason {
  /**
   * `IN_PAST`, `OUTSIDE_WORKING_HOURS`, `TIME_OFF`, `BOOKED` (another appointment or its buffer, or the caller's own
   * appointment elsewhere; never names another patient), `HELD`, `NOTICE_TOO_SHORT`, `TOO_FAR_AHEAD`, and
   * `BOOKING_LIMIT_REACHED` (the caller already has as many upcoming appointments as a patient may).
   */
  @ApiProperty({ enum: [...AVAILABILITY_REASON_CODES], enumName: 'AvailabilityReasonCode' })
  code!: AvailabilityReasonCode;
  /** @example "The doctor is off at that time" */
  message!: string;
  /** Start of the period that causes it (the time off, the other booking with its buffers, the hold). */
  @InstantField({ required: false })
  from?: string;
  @InstantField({ required: false })
  to?: string;
}

@ApiSchema({ name: 'AvailabilityExplanation' })
export class AvailabilityExplanationDto implements AvailabilityExplanation {
  @UuidField()
  doctorId!: string;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
  /** True exactly when `reasons` is empty: a booking of this interval by the caller would succeed now. */
  available!: boolean;
  reasons!: AvailabilityReasonDto[];
}
