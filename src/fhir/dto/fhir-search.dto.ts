import { DEFAULT_PAGE_LIMIT, FIELD_LIMITS } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE } from '../../common/http/pagination.dto';
import { FHIR_APPOINTMENT_STATUSES, FHIR_SLOT_STATUSES } from '../fhir-search';

/** Furthest a search may page: as far as the REST lists reach (page × limit). */
export const MAX_FHIR_OFFSET = MAX_PAGE * FIELD_LIMITS.limit.max;
/** Most values of one repeated date parameter (`date=ge…&date=lt…`). */
const MAX_DATE_VALUES = 4;

/** A parameter given once or repeated, as a list; `,` separates values too when `commas`. */
const AsList = (commas = false) =>
  Transform(({ value }: { value: unknown }): unknown[] => {
    const values: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
    return commas
      ? values.flatMap((v) => (typeof v === 'string' ? v.split(',').map((part) => part.trim()) : [v]))
      : values;
  });

const DATE_DESCRIPTION =
  'A FHIR date search on the start: `[prefix]YYYY[-MM[-DD[Thh:mm[:ss[.sss]]zone]]]`, prefix `eq` (default, within ' +
  'the value’s precision), `ge`, `gt`, `le` or `lt`; repeat it for a range (`ge2026-12-01&lt2026-12-08`). Values ' +
  'without a time are days in UTC; a time needs its zone.';

export class FhirPagingDto {
  /** Entries per page, 1..100 (default 20). */
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 1, maximum: FIELD_LIMITS.limit.max })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(FIELD_LIMITS.limit.max)
  _count: number = DEFAULT_PAGE_LIMIT;

  /** Entries to skip: the `next` link of a Bundle sets it. */
  @ApiPropertyOptional({ type: 'integer', format: 'int32', minimum: 0, maximum: MAX_FHIR_OFFSET })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_FHIR_OFFSET)
  _offset: number = 0;
}

export class AppointmentSearchDto extends FhirPagingDto {
  /** `Patient/<id>` (or the bare id): only that patient’s appointments. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  patient?: string;

  /** `Practitioner/<id>` (or the bare id): only that doctor’s appointments. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  practitioner?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 40 },
    maxItems: MAX_DATE_VALUES,
    description: DATE_DESCRIPTION,
  })
  @IsOptional()
  @AsList()
  @IsArray()
  @ArrayMaxSize(MAX_DATE_VALUES)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  date?: string[];

  @ApiPropertyOptional({
    type: 'array',
    items: { $ref: getSchemaPath('FhirAppointmentStatus') },
    maxItems: FHIR_APPOINTMENT_STATUSES.length,
    description: 'R4 `Appointment.status` codes, comma-separated: any of them.',
  })
  @IsOptional()
  @AsList(true)
  @IsArray()
  @ArrayMaxSize(FHIR_APPOINTMENT_STATUSES.length)
  @IsIn(FHIR_APPOINTMENT_STATUSES, { each: true })
  status?: string[];
}

export class ScheduleSearchDto extends FhirPagingDto {
  /** `Practitioner/<id>` (or the bare id): that doctor’s one Schedule. Required. */
  @IsString()
  @MaxLength(64)
  actor!: string;
}

export class SlotSearchDto extends FhirPagingDto {
  /** `Schedule/<id>` (a Schedule’s id is its doctor’s). Required. */
  @IsString()
  @MaxLength(64)
  schedule!: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 40 },
    maxItems: MAX_DATE_VALUES,
    description: `${DATE_DESCRIPTION} Open ends: from now, 7 days on; at most 31 days (400 \`RANGE_TOO_LARGE\`).`,
  })
  @IsOptional()
  @AsList()
  @IsArray()
  @ArrayMaxSize(MAX_DATE_VALUES)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  start?: string[];

  /** Only `free` slots are published: another status finds nothing. */
  @ApiProperty({ required: false, enum: FHIR_SLOT_STATUSES, enumName: 'FhirSlotStatus' })
  @IsOptional()
  @IsIn(FHIR_SLOT_STATUSES)
  status?: (typeof FHIR_SLOT_STATUSES)[number];
}
