import { DEFAULT_PATIENT_SORT, PATIENT_SORTS, type Patient, type PatientSort } from '@app/contracts';
import { ApiProperty, IntersectionType } from '@nestjs/swagger';
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
  @Length(1, 100)
  search?: string;

  /** `fullName` (default), `-fullName`, `createdAt` or `-createdAt`; `-` sorts descending. */
  @ApiProperty({ enum: PATIENT_SORTS, required: false, default: DEFAULT_PATIENT_SORT })
  @IsIn(PATIENT_SORTS)
  sort: PatientSort = DEFAULT_PATIENT_SORT;
}

/**
 * Demographics plus the account's name and phone. Absent fields stay as they are; `null` clears a field that may be
 * empty (`allergies: null` means none known).
 */
export class UpdatePatientDto extends IntersectionType(PatientProfileDto, AccountFieldsDto) {}

/** A patient's profile with the name, email and phone of their account. */
export class PatientDto implements Patient {
  id!: string;
  /** The patient's account. */
  userId!: string;
  fullName!: string;
  email!: string;
  phone!: string | null;
  /** `YYYY-MM-DD`. */
  dateOfBirth!: string | null;
  gender!: string | null;
  bloodType!: string | null;
  allergies!: string[];
  address!: string | null;
  emergencyContact!: EmergencyContactDto | null;
  createdAt!: string;
  updatedAt!: string;
}

export class PatientPageDto {
  data!: PatientDto[];
  meta!: PageMetaDto;
}
