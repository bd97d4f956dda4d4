import {
  DEFAULT_PATIENT_SORT,
  FIELD_LIMITS,
  PATIENT_SORTS,
  type BloodType,
  type Gender,
  type Patient,
  type PatientSort,
} from '@app/contracts';
import { ApiProperty, ApiSchema, IntersectionType } from '@nestjs/swagger';
import { DateField, EnumField, InstantField, UuidField } from '../../common/http/api-fields';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { Trim } from '../../common/http/transformers';
import { AccountFieldsDto } from '../../users/dto/users.dto';
import { EmergencyContactDto, PatientProfileDto } from './patient-profile.dto';

export class ListPatientsQueryDto extends PaginationQueryDto {
  /** Matches the name, the email, or a diagnosis in one of the patient's medical records. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.search.min, FIELD_LIMITS.search.max)
  search?: string;

  /** `fullName` (default), `-fullName`, `createdAt` or `-createdAt`; `-` sorts descending. */
  @ApiProperty({ enum: PATIENT_SORTS, enumName: 'PatientSort', required: false, default: DEFAULT_PATIENT_SORT })
  @IsIn(PATIENT_SORTS)
  sort: PatientSort = DEFAULT_PATIENT_SORT;
}

/**
 * Demographics plus the account's name and phone. Absent fields stay as they are; `null` clears a field that may be
 * empty (`allergies: null` means none known).
 */
@ApiSchema({ name: 'UpdatePatientRequest' })
export class UpdatePatientDto extends IntersectionType(PatientProfileDto, AccountFieldsDto) {}

/** A patient's profile with the name, email and phone of their account. */
@ApiSchema({ name: 'Patient' })
export class PatientDto implements Patient {
  @UuidField()
  id!: string;
  /** The patient's account. */
  @UuidField()
  userId!: string;
  /** @example "Jonas Weber" */
  fullName!: string;
  /** @example "jonas.weber@example.com" */
  @ApiProperty({ format: 'email' })
  email!: string;
  /** @example "+49 151 2345678" */
  phone!: string | null;
  /**
   * `YYYY-MM-DD`.
   * @example "1984-06-21"
   */
  @DateField()
  dateOfBirth!: string | null;
  @EnumField('Gender', { nullable: true })
  gender!: Gender | null;
  @EnumField('BloodType', { nullable: true })
  bloodType!: BloodType | null;
  /** @example ["penicillin"] */
  allergies!: string[];
  address!: string | null;
  emergencyContact!: EmergencyContactDto | null;
  @InstantField()
  createdAt!: string;
  @InstantField()
  updatedAt!: string;
}

@ApiSchema({ name: 'PatientPage' })
export class PatientPageDto {
  data!: PatientDto[];
  meta!: PageMetaDto;
}
