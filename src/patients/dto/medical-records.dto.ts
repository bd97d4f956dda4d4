import { MEDICAL_RECORD_STATUSES, type MedicalRecord, type MedicalRecordStatus } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { Trim } from '../../common/http/transformers';
import { IsUuid, OptionalNotNull } from '../../common/http/validators';
import { IsIcd10Code, NormalizeIcd10 } from '../icd10';

export class ListMedicalRecordsQueryDto extends PaginationQueryDto {
  @ApiProperty({ enum: MEDICAL_RECORD_STATUSES, required: false })
  @IsOptional()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;
}

export class CreateMedicalRecordDto {
  /** Free text, 1..2000 characters. */
  @Trim()
  @IsString()
  @Length(1, 2000)
  diagnosis!: string;

  /** ICD-10 code such as `E11` or `J45.909` (stored in capitals). */
  @IsOptional()
  @NormalizeIcd10()
  @IsString()
  @MaxLength(8)
  @IsIcd10Code()
  icd10Code?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;

  /** Up to 50 prescriptions, each 1..500 characters. */
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  prescriptions?: string[];

  /** Default `active`. */
  @ApiProperty({ enum: MEDICAL_RECORD_STATUSES, required: false, default: 'active' })
  @OptionalNotNull()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;

  /** An appointment of this patient with you (the author), if the record comes from one. */
  @IsOptional()
  @IsUuid()
  appointmentId?: string;
}

/** Absent fields stay as they are; `null` clears `icd10Code` or `notes`. */
export class UpdateMedicalRecordDto {
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 2000)
  diagnosis?: string;

  /** ICD-10 code such as `E11` or `J45.909`; `null` clears it. */
  @IsOptional()
  @NormalizeIcd10()
  @IsString()
  @MaxLength(8)
  @IsIcd10Code()
  icd10Code?: string | null;

  /** `null` clears the notes. */
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;

  /** Replaces the whole list. */
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 500, { each: true })
  prescriptions?: string[];

  @ApiProperty({ enum: MEDICAL_RECORD_STATUSES, required: false })
  @OptionalNotNull()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;
}

export class MedicalRecordDto implements MedicalRecord {
  id!: string;
  patientId!: string;
  /** The author. */
  doctorId!: string;
  appointmentId!: string | null;
  diagnosis!: string;
  icd10Code!: string | null;
  notes!: string | null;
  prescriptions!: string[];
  @ApiProperty({ enum: MEDICAL_RECORD_STATUSES })
  status!: MedicalRecordStatus;
  createdAt!: string;
  updatedAt!: string;
}

export class MedicalRecordPageDto {
  data!: MedicalRecordDto[];
  meta!: PageMetaDto;
}
