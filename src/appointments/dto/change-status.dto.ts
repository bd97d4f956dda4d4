import { APPOINTMENT_STATUSES, type AppointmentStatus } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Trim } from '../../common/http/transformers';

export class ChangeAppointmentStatusDto {
  /** The status to move to. */
  @ApiProperty({ enum: APPOINTMENT_STATUSES })
  @IsIn(APPOINTMENT_STATUSES)
  status!: AppointmentStatus;

  /** Kept as `cancellationReason` when cancelling; ignored for other moves. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
