import {
  APPOINTMENT_DURATION,
  EARLIEST_SLOTS_LIMIT,
  FIELD_LIMITS,
  type DoctorStatus,
  type EarliestSlot,
} from '@app/contracts';
import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { EnumField, InstantField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { IsDurationMinutes, IsInteger } from '../../common/http/validators';

export class EarliestSlotsQueryDto {
  /** Exact specialization, case-insensitive. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.specializationFilter.min, FIELD_LIMITS.specializationFilter.max)
  specialization?: string;

  /** Matches part of the doctor's name or licence number, case-insensitive. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.search.min, FIELD_LIMITS.search.max)
  search?: string;

  /** Slots starting at or after this instant (ISO 8601 with an offset). Default: now. */
  @IsOptional()
  @IsInstantWithOffset()
  from?: string;

  /** Slots starting before this instant; at most 14 days after `from` (else 400 `RANGE_TOO_LARGE`). Default: 14 days after `from`. */
  @IsOptional()
  @IsInstantWithOffset()
  to?: string;

  /** Length of the slot: 5..480 minutes, a multiple of 5. Default 30. */
  @IsDurationMinutes()
  @ApiPropertyOptional({ default: APPOINTMENT_DURATION.default })
  @Type(() => Number)
  durationMinutes: number = APPOINTMENT_DURATION.default;

  /** Only doctors who are online and not busy right now ("see a doctor now"). */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  @ApiPropertyOptional({ default: false })
  onlineOnly: boolean = false;

  /** How many doctors at most: 1..50, default 10. */
  @ApiPropertyOptional({
    type: 'integer',
    minimum: EARLIEST_SLOTS_LIMIT.min,
    maximum: EARLIEST_SLOTS_LIMIT.max,
    default: EARLIEST_SLOTS_LIMIT.default,
  })
  @Type(() => Number)
  @IsInteger()
  @Min(EARLIEST_SLOTS_LIMIT.min)
  @Max(EARLIEST_SLOTS_LIMIT.max)
  limit: number = EARLIEST_SLOTS_LIMIT.default;
}

/** The doctor of an earliest slot, with their presence now. */
@ApiSchema({ name: 'EarliestSlotDoctor' })
export class EarliestSlotDoctorDto {
  @UuidField()
  id!: string;
  /** @example "Dr. Anna Schmidt" */
  fullName!: string;
  /** @example "Cardiology" */
  specialization!: string;
  /** @example true */
  isOnline!: boolean;
  @EnumField('DoctorStatus')
  status!: DoctorStatus;
}

/** A doctor's earliest free slot for the caller. */
@ApiSchema({ name: 'EarliestSlot' })
export class EarliestSlotDto implements EarliestSlot {
  doctor!: EarliestSlotDoctorDto;
  @InstantField()
  startsAt!: string;
  @InstantField()
  endsAt!: string;
}

/** Earliest first, at most `limit` doctors. */
@ApiSchema({ name: 'EarliestSlots' })
export class EarliestSlotsDto {
  data!: EarliestSlotDto[];
}
