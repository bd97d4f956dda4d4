import { ApiProperty } from '@nestjs/swagger';
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
import { Trim } from '../../common/http/transformers';
import { NotInTheFuture } from '../date-of-birth';

export const BLOOD_TYPES = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
export const GENDERS = ['female', 'male', 'other', 'unknown'] as const;

export class EmergencyContactDto {
  @Trim()
  @IsString()
  @Length(1, 200)
  name!: string;

  @Trim()
  @IsString()
  @Length(3, 40)
  phone!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  relationship?: string;
}

/** Demographics of a patient; every field optional (`null` means unknown). */
export class PatientProfileDto {
  /** `YYYY-MM-DD`, not in the future. */
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'dateOfBirth must be YYYY-MM-DD' })
  @NotInTheFuture()
  dateOfBirth?: string | null;

  @ApiProperty({ enum: GENDERS, required: false })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: (typeof GENDERS)[number] | null;

  @ApiProperty({ enum: BLOOD_TYPES, required: false })
  @IsOptional()
  @IsIn(BLOOD_TYPES)
  bloodType?: (typeof BLOOD_TYPES)[number] | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  allergies?: string[] | null;

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
