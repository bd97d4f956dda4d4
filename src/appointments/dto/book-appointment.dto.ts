import { APPOINTMENT_DURATION, FIELD_LIMITS } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { isDivisibleBy, isInt, IsOptional, IsString, isUUID, Length, length, max, min } from 'class-validator';
import { Trim } from '../../common/http/transformers';
import { IsDurationMinutes, IsUuid } from '../../common/http/validators';
import { isInstantWithOffset, IsInstantWithOffset } from '../../common/http/instant';
import { registerFastValidation } from '../../common/http/validation';

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

const BOOKING_FIELDS = new Set(['doctorId', 'startsAt', 'durationMinutes', 'reason', 'patientId', 'holdId']);

function isDuration(value: unknown): boolean {
  const { min: least, max: most, step } = APPOINTMENT_DURATION;
  return isInt(value) && min(value, least) && max(value, most) && isDivisibleBy(value, step);
}

/**
 * The usual booking body, checked by hand with class-validator's own predicates (see `registerFastValidation`):
 * a plain object of known fields, each present one valid and none null (`patientId: null` and the like take the full
 * pipe). Gives the instance the full pipe gives: the same fields, `reason` trimmed.
 */
export function wellFormedBooking(body: unknown): BookAppointmentDto | null {
  if (typeof body !== 'object' || body === null || Object.getPrototypeOf(body) !== Object.prototype) {
    return null;
  }
  const input = body as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!BOOKING_FIELDS.has(key)) {
      return null;
    }
  }
  const { doctorId, startsAt, durationMinutes, reason, patientId, holdId } = input;
  if (!isUUID(doctorId, 'all') || !isInstantWithOffset(startsAt)) {
    return null;
  }
  if (durationMinutes !== undefined && !isDuration(durationMinutes)) {
    return null;
  }
  const trimmed = typeof reason === 'string' ? reason.trim() : undefined;
  if (reason !== undefined && !length(trimmed, FIELD_LIMITS.reason.min, FIELD_LIMITS.reason.max)) {
    return null;
  }
  if ((patientId !== undefined && !isUUID(patientId, 'all')) || (holdId !== undefined && !isUUID(holdId, 'all'))) {
    return null;
  }
  // In the body's order, as class-transformer copies them.
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(input)) {
    fields[key] = key === 'reason' ? trimmed : input[key];
  }
  return Object.assign(new BookAppointmentDto(), fields);
}

registerFastValidation(BookAppointmentDto, wellFormedBooking);
