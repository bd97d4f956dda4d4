import {
  FIELD_LIMITS,
  SERIES_FREQUENCIES,
  SERIES_LIMITS,
  type BookedSeries,
  type Recurrence,
  type SeriesFrequency,
} from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { EnumField, IntegerField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { Trim } from '../../common/http/transformers';
import { IsDurationMinutes, IsUuid } from '../../common/http/validators';
import { AppointmentDto } from './appointment.dto';

@ApiSchema({ name: 'Recurrence' })
export class RecurrenceDto implements Recurrence {
  /** Every `interval` days or every `interval` weeks. */
  @EnumField('SeriesFrequency')
  @IsIn(SERIES_FREQUENCIES)
  frequency!: SeriesFrequency;

  /**
   * 1..4: every day (week), every other one, and so on.
   * @example 1
   */
  @IntegerField({ minimum: SERIES_LIMITS.interval.min, maximum: SERIES_LIMITS.interval.max })
  @IsInt()
  @Min(SERIES_LIMITS.interval.min)
  @Max(SERIES_LIMITS.interval.max)
  interval!: number;

  /**
   * 2..26 occurrences in all, the first at `startsAt`.
   * @example 6
   */
  @IntegerField({ minimum: SERIES_LIMITS.count.min, maximum: SERIES_LIMITS.count.max })
  @IsInt()
  @Min(SERIES_LIMITS.count.min)
  @Max(SERIES_LIMITS.count.max)
  count!: number;
}

@ApiSchema({ name: 'BookSeriesRequest' })
export class BookSeriesDto {
  /** The doctor to book; a doctor booking must name themself. */
  @IsUuid()
  doctorId!: string;

  /**
   * The first occurrence, ISO 8601 with an offset; later ones keep its wall-clock time in the doctor's time zone.
   */
  @IsInstantWithOffset()
  startsAt!: string;

  /**
   * 5..480 minutes, a multiple of 5, for every occurrence. Default 30.
   * @example 30
   */
  @IsOptional()
  @IsDurationMinutes()
  durationMinutes?: number;

  /**
   * Why the patient comes, kept on every occurrence (free text, up to 1000 characters).
   * @example "Physiotherapy after knee surgery"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)
  reason?: string;

  /** The patient. Required when a doctor or an admin books; a patient may leave it out or give their own id. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === null ? undefined : value))
  @IsUuid()
  patientId?: string;

  @ApiProperty({ type: RecurrenceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RecurrenceDto)
  recurrence!: RecurrenceDto;
}

/** A booked series: every occurrence is an ordinary appointment carrying `seriesId`. */
@ApiSchema({ name: 'BookedSeries' })
export class BookedSeriesDto implements BookedSeries {
  @UuidField()
  seriesId!: string;
  /** The occurrences, first to last. */
  @ApiProperty({ type: [AppointmentDto], maxItems: SERIES_LIMITS.count.max })
  appointments!: AppointmentDto[];
}

@ApiSchema({ name: 'CancelSeriesRequest' })
export class CancelSeriesDto {
  /**
   * Kept as `cancellationReason` on every cancelled occurrence.
   * @example "Treatment finished early"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)
  reason?: string;

  /** Cancel the occurrences starting at or after this instant (ISO 8601 with an offset). Default: now. */
  @IsOptional()
  @IsInstantWithOffset()
  from?: string;
}

@ApiSchema({ name: 'CancelledSeries' })
export class CancelledSeriesDto {
  /**
   * How many occurrences this request cancelled.
   * @example 4
   */
  @IntegerField({ maximum: SERIES_LIMITS.count.max })
  cancelled!: number;
}
