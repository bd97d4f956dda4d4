import { FIELD_LIMITS, MEDICAL_RECORD_STATUSES, type MedicalRecord, type MedicalRecordStatus } from '@app/contracts';
import { ApiSchema, DECORATORS } from '@nestjs/swagger';
import { EnumField, InstantField, UuidField } from '../../common/http/api-fields';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageMetaDto } from '../../common/http/page.dto';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { Trim } from '../../common/http/transformers';
import { IsUuid, OptionalNotNull } from '../../common/http/validators';
import { IsIcd10Code, NormalizeIcd10 } from '../icd10';

/**
 * `maxItems` in the document, as the Swagger plugin writes it for `@ArrayMaxSize` with a literal (it skips any other
 * argument). Stored where the plugin's metadata of the property is then merged in; `@ApiProperty` would instead list
 * the property ahead of those the plugin alone documents, and so reorder the schema's properties.
 */
function DocumentedMaxItems(maxItems: number): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, { maxItems }, target, property);
}

export class ListMedicalRecordsQueryDto extends PaginationQueryDto {
  @EnumField('MedicalRecordStatus', { required: false })
  @IsOptional()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;
}

@ApiSchema({ name: 'CreateMedicalRecordRequest' })
export class CreateMedicalRecordDto {
  /**
   * Free text, 1..2000 characters.
   * @example "Type 2 diabetes mellitus"
   */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.diagnosis.min, FIELD_LIMITS.diagnosis.max)
  diagnosis!: string;

  /**
   * ICD-10 code such as `E11` or `J45.909` (stored in capitals).
   * @example "E11.9"
   */
  @IsOptional()
  @NormalizeIcd10()
  @IsString()
  @MaxLength(FIELD_LIMITS.icd10Code.max)
  @IsIcd10Code()
  icd10Code?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.recordNotes.max)
  notes?: string | null;

  /**
   * Up to 50 prescriptions, each 1..500 characters.
   * @example ["Metformin 500 mg twice daily"]
   */
  @DocumentedMaxItems(FIELD_LIMITS.prescriptions.maxItems)
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.prescriptions.maxItems)
  @IsString({ each: true })
  @Length(FIELD_LIMITS.prescriptions.min, FIELD_LIMITS.prescriptions.max, { each: true })
  prescriptions?: string[];

  /** Default `active`. */
  @EnumField('MedicalRecordStatus', { required: false, default: 'active' })
  @OptionalNotNull()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;

  /** An appointment of this patient with you (the author), if the record comes from one. */
  @IsOptional()
  @IsUuid()
  appointmentId?: string;
}

/** Absent fields stay as they are; `null` clears `icd10Code` or `notes`. */
@ApiSchema({ name: 'UpdateMedicalRecordRequest' })
export class UpdateMedicalRecordDto {
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.diagnosis.min, FIELD_LIMITS.diagnosis.max)
  diagnosis?: string;

  /** ICD-10 code such as `E11` or `J45.909`; `null` clears it. */
  @IsOptional()
  @NormalizeIcd10()
  @IsString()
  @MaxLength(FIELD_LIMITS.icd10Code.max)
  @IsIcd10Code()
  icd10Code?: string | null;

  /** `null` clears the notes. */
  @IsOptional()
  @IsString()
  @MaxLength(FIELD_LIMITS.recordNotes.max)
  notes?: string | null;

  /** Replaces the whole list. */
  @DocumentedMaxItems(FIELD_LIMITS.prescriptions.maxItems)
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.prescriptions.maxItems)
  @IsString({ each: true })
  @Length(FIELD_LIMITS.prescriptions.min, FIELD_LIMITS.prescriptions.max, { each: true })
  prescriptions?: string[];

  @EnumField('MedicalRecordStatus', { required: false })
  @OptionalNotNull()
  @IsIn(MEDICAL_RECORD_STATUSES)
  status?: MedicalRecordStatus;
}

/** A diagnosis with its treatment, written by a doctor about a patient. */
@ApiSchema({ name: 'MedicalRecord' })
export class MedicalRecordDto implements MedicalRecord {
  @UuidField()
  id!: string;
  @UuidField()
  patientId!: string;
  /** The author. */
  @UuidField()
  doctorId!: string;
  /** The appointment the record comes from, if any. */
  @UuidField({ nullable: true })
  appointmentId!: string | null;
  diagnosis!: string;
  icd10Code!: string | null;
  notes!: string | null;
  prescriptions!: string[];
  @EnumField('MedicalRecordStatus')
  status!: MedicalRecordStatus;
  @InstantField()
  createdAt!: string;
  @InstantField()
  updatedAt!: string;
}

@ApiSchema({ name: 'MedicalRecordPage' })
export class MedicalRecordPageDto {
  data!: MedicalRecordDto[];
  meta!: PageMetaDto;
}
