import { FIELD_LIMITS } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, IsTimeZone, Length, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/http/transformers';
import { IsInteger } from '../../common/http/validators';

/** A doctor's professional profile, given at registration. */
@ApiSchema({ name: 'DoctorProfile' })
export class DoctorProfileDto {
  /** @example "Cardiology" */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.specialization.min, FIELD_LIMITS.specialization.max)
  specialization!: string;

  /**
   * Unique across doctors.
   * @example "GMC-7301842"
   */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.licenseNumber.min, FIELD_LIMITS.licenseNumber.max)
  licenseNumber!: string;

  /** @example 12 */
  @IsOptional()
  @IsInteger()
  @Min(FIELD_LIMITS.yearsOfExperience.min)
  @Max(FIELD_LIMITS.yearsOfExperience.max)
  yearsOfExperience?: number;

  /** @example "Interventional cardiologist; heart failure clinic on Tuesdays." */
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.bio.max)
  bio?: string;

  /**
   * IANA time zone name; working hours are local to it. Default `UTC`.
   * @example "Europe/Berlin"
   */
  @IsOptional()
  @IsTimeZone()
  @MaxLength(FIELD_LIMITS.timezone.max)
  timezone?: string;
}
