import { BLOOD_TYPES, GENDERS, type BloodType, type Gender } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
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
  @Length(1, 200)
  name!: string;

  /** @example "+49 30 1234567" */
  @Trim()
  @IsString()
  @Length(3, 40)
  phone!: string;

  /** @example "sister" */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  relationship?: string;
}

/** Demographics of a patient; every field optional (`null` means unknown). */
@ApiSchema({ name: 'PatientProfile' })
export class PatientProfileDto {
  /**
   * `YYYY-MM-DD`, not in the future.
   * @example "1984-06-21"
   */
  @DateField({ required: false, nullable: true, maxLength: 10 })
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'dateOfBirth must be YYYY-MM-DD' })
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
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  allergies?: string[] | null;

  /** @example "Invalidenstraße 12, 10115 Berlin" */
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EmergencyContactDto)
  emergencyContact?: EmergencyContactDto | null;
}
