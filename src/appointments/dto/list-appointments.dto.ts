import { APPOINTMENT_STATUSES, type AppointmentStatus } from '@app/contracts';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { CommaList } from '../../common/http/transformers';
import { IsUuid } from '../../common/http/validators';
import { IsInstantWithOffset } from '../../common/http/instant';

export const APPOINTMENT_SORTS = ['startsAt', '-startsAt'] as const;
export type AppointmentSort = (typeof APPOINTMENT_SORTS)[number];

export class ListAppointmentsQueryDto extends PaginationQueryDto {
  @ApiProperty({
    required: false,
    type: 'array',
    // The named enum by reference: Nest drops `maxItems` from an enum array it names itself.
    items: { $ref: getSchemaPath('AppointmentStatus') },
    maxItems: APPOINTMENT_STATUSES.length,
    description:
      'Statuses to keep, repeated (`status=pending&status=confirmed`) or comma-separated (`pending,confirmed`).',
  })
  @IsOptional()
  @CommaList()
  @IsArray()
  @ArrayMaxSize(APPOINTMENT_STATUSES.length)
  @IsIn(APPOINTMENT_STATUSES, { each: true })
  status?: AppointmentStatus[];

  @IsOptional()
  @IsUuid()
  doctorId?: string;

  @IsOptional()
  @IsUuid()
  patientId?: string;

  /** With `to`: appointments that overlap [from, to). ISO 8601 with an offset. */
  @IsOptional()
  @IsInstantWithOffset()
  from?: string;

  /** Exclusive end of the range; must be after `from`. ISO 8601 with an offset. */
  @IsOptional()
  @IsInstantWithOffset()
  to?: string;

  /** `startsAt` (earliest first, the default) or `-startsAt` (latest first). */
  @ApiProperty({ required: false, enum: APPOINTMENT_SORTS, enumName: 'AppointmentSort', default: 'startsAt' })
  @IsOptional()
  @IsIn(APPOINTMENT_SORTS)
  sort: AppointmentSort = 'startsAt';
}
