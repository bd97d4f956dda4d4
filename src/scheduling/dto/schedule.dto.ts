import { FIELD_LIMITS, type DoctorSchedule, type WeeklyHours } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { END_TIME_OF_DAY, TIME_OF_DAY } from '../working-hours';
import { IsInteger, OptionalNotNull } from '../../common/http/validators';

/** One block of weekly working hours on the doctor's wall clock. */
@ApiSchema({ name: 'WeeklyHours' })
export class WeeklyHoursDto implements WeeklyHours {
  /**
   * ISO day of week: 1 = Monday .. 7 = Sunday.
   * @example 1
   */
  @IsInteger()
  @Min(FIELD_LIMITS.dayOfWeek.min)
  @Max(FIELD_LIMITS.dayOfWeek.max)
  dayOfWeek!: number;

  /**
   * `HH:MM`, 24-hour clock.
   * @example "09:00"
   */
  @ApiProperty({ pattern: TIME_OF_DAY.source })
  @IsString()
  @MaxLength(FIELD_LIMITS.timeOfDay.max)
  @Matches(TIME_OF_DAY, { message: 'startTime must be HH:MM (00:00..23:59)' })
  startTime!: string;

  /**
   * `HH:MM`, after `startTime`; `24:00` for a block that runs to midnight.
   * @example "17:00"
   */
  @ApiProperty({ pattern: END_TIME_OF_DAY.source })
  @IsString()
  @MaxLength(FIELD_LIMITS.timeOfDay.max)
  @Matches(END_TIME_OF_DAY, { message: 'endTime must be HH:MM (00:01..24:00)' })
  endTime!: string;
}

/** A doctor's week of working hours. */
@ApiSchema({ name: 'DoctorSchedule' })
export class DoctorScheduleDto implements DoctorSchedule {
  /**
   * The doctor's IANA time zone; the hours are local to it.
   * @example "Europe/Berlin"
   */
  timezone!: string;
  /** Sorted by day, then start. */
  weeklyHours!: WeeklyHoursDto[];
}

/** The shape `GET` answers, so a client can read the schedule, change it and send it back. */
@ApiSchema({ name: 'ReplaceScheduleRequest' })
export class ReplaceScheduleDto {
  /**
   * The doctor's IANA time zone. Left out: the zone stays. Given: it becomes the doctor's zone (as with
   * `PATCH /doctors/{id}`), and the hours are read on its wall clock.
   * @example "Europe/Berlin"
   */
  @OptionalNotNull()
  @IsTimeZone()
  @MaxLength(FIELD_LIMITS.timezone.max)
  timezone?: string;

  /** The whole week (at most 50 blocks); blocks of one day may touch but not overlap. An empty list means no hours. */
  @ApiProperty({ type: [WeeklyHoursDto], maxItems: FIELD_LIMITS.weeklyHours.maxItems })
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.weeklyHours.maxItems)
  // Without it a nested array passes ValidateNested unchecked (class-validator walks into it) and reaches the service.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursDto)
  weeklyHours!: WeeklyHoursDto[];
}
