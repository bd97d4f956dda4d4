import { FIELD_LIMITS } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { Trim } from '../../common/http/transformers';
import { IsDurationMinutes, IsUuid } from '../../common/http/validators';
import { IsInstantWithOffset } from '../../common/http/instant';

@ApiSchema({ name: 'BookAppointmentRequest' })
export class BookAppointmentDto {
  /** The doctor to book; a doctor booking must name themself. */
  @IsUuid()
  doctorId!: string;

  /** ISO 8601 with an offset (`Z` or `+02:00`); must be in the future. */
  @IsInstantWithOffset()
  startsAt!: string;

  /**
   * 5..480 minutes, a multiple of 5. Default 30.
   * @example 30
   */
  @IsOptional()
  @IsDurationMinutes()
  durationMinutes?: number;

  /**
   * Why the patient comes (free text, up to 1000 characters).
   * @example "Follow-up after blood test"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)
  reason?: string;

  /**
   * The patient. Required when a doctor or an admin books; a patient may leave it out or give their own id
   * (another patient's id answers 403).
   */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === null ? undefined : value))
  @IsUuid()
  patientId?: string;

  /**
   * A hold of the caller (`POST /appointments/holds`) this booking turns into the appointment: same patient, doctor,
   * start and duration (else 422 `HOLD_MISMATCH`); an expired hold → 410 `HOLD_EXPIRED`; an unknown one or another's
   * → 404 `HOLD_NOT_FOUND`.
   */
  @IsOptional()
  @IsUuid()
  holdId?: string;
}
