import { BLOOD_TYPES, FIELD_LIMITS, GENDERS, type BloodType, type Gender } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateField, EnumField } from '../../common/http/api-fields';
import { Trim } from '../../common/http/transformers';
import { NotInTheFuture } from '../date-of-birth';

/** Whom to call in an emergency. */
@ApiSchema({ name: 'EmergencyContact' })
export class EmergencyContactDto {
  /** @example "Maria Schmidt" */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.emergencyContactName.min, FIELD_LIMITS.emergencyContactName.max)
  name!: string;

  /** @example "+49 30 1234567" */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.phone.min, FIELD_LIMITS.phone.max)
  phone!: string;

  /** @example "sister" */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(FIELD_LIMITS.relationship.max)
  relationship?: string;
}

/** Demographics of a patient; every field optional (`null` means unknown). */
@ApiSchema({ name: 'PatientProfile' })
export class PatientProfileDto {
  /**
   * `YYYY-MM-DD`, not in the future.
   * @example "1984-06-21"
   */
  @DateField({ required: false, nullable: true, maxLength: FIELD_LIMITS.dateOfBirth.length })
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(FIELD_LIMITS.dateOfBirth.length, FIELD_LIMITS.dateOfBirth.length, {
    message: 'dateOfBirth must be YYYY-MM-DD',
  })
  @NotInTheFuture()
  dateOfBirth?: string | null;

  @EnumField('Gender', { required: false, nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @EnumField('BloodType', { required: false, nullable: true })
  @IsOptional()
  @IsIn(BLOOD_TYPES)
  bloodType?: BloodType | null;

  /**
   * Up to 50, each up to 200 characters.
   * @example ["penicillin"]
   */
  // The Swagger plugin documents `@ArrayMaxSize` only with a literal argument.
  @ApiProperty({ maxItems: FIELD_LIMITS.allergies.maxItems })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.allergies.maxItems)
  @IsString({ each: true })
  @MaxLength(FIELD_LIMITS.allergies.max, { each: true })
  allergies?: string[] | null;

  /** @example "Invalidenstraße 12, 10115 Berlin" */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(FIELD_LIMITS.address.max)
  address?: string | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto | null;
}
