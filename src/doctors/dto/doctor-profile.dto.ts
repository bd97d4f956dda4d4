import { IsOptional, IsString, IsTimeZone, Length, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../common/http/transformers';
import { IsInteger } from '../../common/http/validators';

/** A doctor's professional profile, given at registration. */
export class DoctorProfileDto {
  @Trim()
  @IsString()
  @Length(2, 100)
  specialization!: string;

  /** Unique across doctors. */
  @Trim()
  @IsString()
  @Length(3, 50)
  licenseNumber!: string;

  @IsOptional()
  @IsInteger()
  @Min(0)
  @Max(80)
  yearsOfExperience?: number;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  bio?: string;

  /** IANA time zone name; working hours are local to it. Default `UTC`. */
  @IsOptional()
  @IsTimeZone()
  @MaxLength(64)
  timezone?: string;
}
