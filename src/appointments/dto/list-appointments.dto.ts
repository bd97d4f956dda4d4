import { APPOINTMENT_STATUSES, type AppointmentStatus } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { CommaList } from '../../common/http/transformers';
import { IsInstantWithOffset } from '../instant';

export const APPOINTMENT_SORTS = ['startsAt', '-startsAt'] as const;
export type AppointmentSort = (typeof APPOINTMENT_SORTS)[number];

export class ListAppointmentsQueryDto extends PaginationQueryDto {
  @ApiProperty({
    required: false,
    type: String,
    example: 'pending,confirmed',
    description: `Comma-separated statuses, any of: ${APPOINTMENT_STATUSES.join(', ')}.`,
  })
  @IsOptional()
  @CommaList()
  @IsArray()
  @ArrayMaxSize(APPOINTMENT_STATUSES.length)
  @IsIn(APPOINTMENT_STATUSES, { each: true })
  status?: AppointmentStatus[];

  @IsOptional()
  @IsUUID('all')
  doctorId?: string;

  @IsOptional()
  @IsUUID('all')
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
  @ApiProperty({ required: false, enum: APPOINTMENT_SORTS, default: 'startsAt' })
  @IsOptional()
  @IsIn(APPOINTMENT_SORTS)
  sort: AppointmentSort = 'startsAt';
}
