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
  @Length(2, 100)
  specialization!: string;

  /**
   * Unique across doctors.
   * @example "GMC-7301842"
   */
  @Trim()
  @IsString()
  @Length(3, 50)
  licenseNumber!: string;

  /** @example 12 */
  @IsOptional()
  @IsInteger()
  @Min(0)
  @Max(80)
  yearsOfExperience?: number;

  /** @example "Interventional cardiologist; heart failure clinic on Tuesdays." */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string;

  /**
   * IANA time zone name; working hours are local to it. Default `UTC`.
   * @example "Europe/Berlin"
   */
  @IsOptional()
  @IsTimeZone()
  @MaxLength(64)
  timezone?: string;
}
