import { DOCTOR_STATUSES, FIELD_LIMITS, type DoctorStatus } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EnumField } from '../../common/http/api-fields';
import { IsBoolean, IsIn, IsOptional, IsString, IsTimeZone, Length, Max, MaxLength, Min } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { AccountFieldsDto } from '../../users/dto/users.dto';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { IsInteger, OptionalNotNull } from '../../common/http/validators';
import { DOCTOR_SORTS, type DoctorSort } from '../doctors.repository';

export class ListDoctorsQueryDto extends PaginationQueryDto {
  /** Exact specialization, case-insensitive. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.specializationFilter.min, FIELD_LIMITS.specializationFilter.max)
  specialization?: string;

  /** Matches part of the name or of the licence number, case-insensitive. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.search.min, FIELD_LIMITS.search.max)
  search?: string;

  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  isOnline?: boolean;

  @IsOptional()
  @EnumField('DoctorStatus', { required: false })
  @IsIn(DOCTOR_STATUSES)
  status?: DoctorStatus;

  /** A field, `-` first for descending. Default `fullName`. */
  @IsOptional()
  @ApiProperty({ enum: DOCTOR_SORTS, enumName: 'DoctorSort', required: false, default: 'fullName' })
  @IsIn(DOCTOR_SORTS)
  sort?: DoctorSort;
}

/** Every field optional; `bio`, `yearsOfExperience` and `phone` may be `null` to clear them. */
@ApiSchema({ name: 'UpdateDoctorRequest' })
export class UpdateDoctorDto extends AccountFieldsDto {
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.specialization.min, FIELD_LIMITS.specialization.max)
  specialization?: string;

  /** Admin only (403 otherwise); unique across doctors (409 `LICENSE_TAKEN`). */
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.licenseNumber.min, FIELD_LIMITS.licenseNumber.max)
  licenseNumber?: string;

  @IsOptional()
  @IsInteger()
  @Min(FIELD_LIMITS.yearsOfExperience.min)
  @Max(FIELD_LIMITS.yearsOfExperience.max)
  yearsOfExperience?: number | null;

  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.bio.max)
  bio?: string | null;

  /** IANA time zone name. The weekly hours stay the same wall-clock times in the new zone. */
  @OptionalNotNull()
  @IsTimeZone()
  @MaxLength(FIELD_LIMITS.timezone.max)
  timezone?: string;
}
