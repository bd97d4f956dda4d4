import { FIELD_LIMITS } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, Length, ValidateIf } from 'class-validator';
import { Trim } from '../../common/http/transformers';
import { IsInstantWithOffset } from '../../common/http/instant';
import { IsDurationMinutes } from '../../common/http/validators';

/** Absent fields stay as they are. */
@ApiSchema({ name: 'UpdateAppointmentRequest' })
export class UpdateAppointmentDto {
  /** A new start, ISO 8601 with an offset; must be in the future, inside working hours and free. */
  @ValidateIf((o: UpdateAppointmentDto) => o.startsAt !== undefined)
  @IsInstantWithOffset()
  startsAt?: string;

  /**
   * A new length: 5..480 minutes, a multiple of 5.
   * @example 45
   */
  @ValidateIf((o: UpdateAppointmentDto) => o.durationMinutes !== undefined)
  @IsDurationMinutes()
  durationMinutes?: number;

  /**
   * The visit's reason; `null` clears it.
   * @example "Follow-up after blood test"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)
  reason?: string | null;

  /** The doctor's notes (the appointment's doctor only; anyone else → 403); `null` clears them. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.appointmentNotes.min, FIELD_LIMITS.appointmentNotes.max)
  notes?: string | null;
}
