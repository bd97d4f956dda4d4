import { APPOINTMENT_STATUSES, FIELD_LIMITS, type AppointmentStatus } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { EnumField } from '../../common/http/api-fields';
import { Trim } from '../../common/http/transformers';

@ApiSchema({ name: 'ChangeAppointmentStatusRequest' })
export class ChangeAppointmentStatusDto {
  /** The status to move to. */
  @EnumField('AppointmentStatus')
  @IsIn(APPOINTMENT_STATUSES)
  status!: AppointmentStatus;

  /**
   * Kept as `cancellationReason` when cancelling; ignored for other moves.
   * @example "Feeling better"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)
  reason?: string;
}
