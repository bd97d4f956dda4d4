import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LowerTrim, Trim } from '../../common/http/transformers';
import { MaxBytes } from '../../common/http/validators';
import { DoctorProfileDto } from '../../doctors/dto/doctor-profile.dto';
import { PatientProfileDto } from '../../patients/dto/patient-profile.dto';

export const SELF_REGISTERING_ROLES = ['patient', 'doctor'] as const;

export class RegisterDto {
  /** Lower-cased; unique (409 `EMAIL_TAKEN`). */
  @LowerTrim()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  /** 8..72 characters (and at most 72 bytes: bcrypt ignores the rest). */
  @IsString()
  @Length(8, 72)
  @MaxBytes(72)
  password!: string;

  @Trim()
  @IsString()
  @Length(1, 200)
  fullName!: string;

  /** `patient` or `doctor`; admins are never self-registered. */
  @IsIn(SELF_REGISTERING_ROLES)
  role!: (typeof SELF_REGISTERING_ROLES)[number];

  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 40)
  phone?: string;

  /** Only with role `patient`. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PatientProfileDto)
  patient?: PatientProfileDto | null;

  /** Required with role `doctor`. */
  @ValidateIf((o: RegisterDto) => o.role === 'doctor' || o.doctor !== undefined)
  @IsDefined({ message: 'doctor is required when role is doctor' })
  @IsObject()
  @ValidateNested()
  @Type(() => DoctorProfileDto)
  doctor?: DoctorProfileDto;
}

export class LoginDto {
  @LowerTrim()
  @IsString()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class RefreshDto {
  @IsString()
  @MaxLength(4096)
  refreshToken!: string;
}
