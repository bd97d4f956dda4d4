import { FIELD_LIMITS } from '@app/contracts';
import { ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
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
import type { NamedSchema } from '../../common/http/openapi';
import { MaxBytes } from '../../common/http/validators';
import { DoctorProfileDto } from '../../doctors/dto/doctor-profile.dto';
import { PatientProfileDto } from '../../patients/dto/patient-profile.dto';

export const SELF_REGISTERING_ROLES = ['patient', 'doctor'] as const;

/** What every registration gives: the account. */
class RegisterAccountDto {
  /**
   * Lower-cased; unique (409 `EMAIL_TAKEN`).
   * @example "jonas.weber@example.com"
   */
  @LowerTrim()
  @IsEmail()
  @MaxLength(FIELD_LIMITS.email.max)
  email!: string;

  /**
   * 8..72 characters (and at most 72 bytes: bcrypt ignores the rest).
   * @example "correct-horse-battery"
   */
  @IsString()
  @Length(FIELD_LIMITS.password.min, FIELD_LIMITS.password.max)
  @MaxBytes(FIELD_LIMITS.password.maxBytes)
  password!: string;

  /** @example "Jonas Weber" */
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.fullName.min, FIELD_LIMITS.fullName.max)
  fullName!: string;

  /** @example "+49 151 2345678" */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.phone.min, FIELD_LIMITS.phone.max)
  phone?: string;
}

/**
 * The body `POST /auth/register` validates: one class for both roles, since the pipe needs one. The document
 * describes it as `RegisterRequest`, one of `RegisterPatientRequest` and `RegisterDoctorRequest` (below), which say
 * the same thing per role; the service refuses the other role's profile block (400).
 */
export class RegisterDto extends RegisterAccountDto {
  /** `patient` or `doctor`; admins are never self-registered. */
  @IsIn(SELF_REGISTERING_ROLES)
  role!: (typeof SELF_REGISTERING_ROLES)[number];

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

/** A patient signs up; the demographics may follow later (`PATCH /patients/{id}`). */
@ApiSchema({ name: 'RegisterPatientRequest' })
export class RegisterPatientDto extends RegisterAccountDto {
  @ApiProperty({ enum: ['patient'] })
  role!: 'patient';

  /** Optional demographics. */
  patient?: PatientProfileDto | null;
}

/** A doctor signs up with their professional profile. */
@ApiSchema({ name: 'RegisterDoctorRequest' })
export class RegisterDoctorDto extends RegisterAccountDto {
  @ApiProperty({ enum: ['doctor'] })
  role!: 'doctor';

  doctor!: DoctorProfileDto;
}

/** `RegisterRequest`: a patient's or a doctor's registration, told apart by `role`. */
export const REGISTER_REQUEST_SCHEMA: NamedSchema = {
  name: 'RegisterRequest',
  schema: {
    description: 'A patient’s or a doctor’s registration, told apart by `role`.',
    oneOf: [{ $ref: getSchemaPath(RegisterPatientDto) }, { $ref: getSchemaPath(RegisterDoctorDto) }],
    discriminator: {
      propertyName: 'role',
      mapping: { patient: getSchemaPath(RegisterPatientDto), doctor: getSchemaPath(RegisterDoctorDto) },
    },
  },
};

@ApiSchema({ name: 'LoginRequest' })
export class LoginDto {
  /** @example "jonas.weber@example.com" */
  @LowerTrim()
  @IsString()
  @MaxLength(FIELD_LIMITS.email.max)
  email!: string;

  /** @example "correct-horse-battery" */
  @IsString()
  @MaxLength(FIELD_LIMITS.currentPassword.max)
  password!: string;
}

@ApiSchema({ name: 'RefreshRequest' })
export class RefreshDto {
  /** The `refreshToken` of the last `TokenResponse`. */
  @IsString()
  @MaxLength(FIELD_LIMITS.refreshToken.max)
  refreshToken!: string;
}
