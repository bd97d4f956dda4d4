import { FIELD_LIMITS, ROLES, type Role } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { EnumField } from '../../common/http/api-fields';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { MaxBytes, OptionalNotNull } from '../../common/http/validators';

export class ListUsersQueryDto extends PaginationQueryDto {
  @EnumField('Role', { required: false })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  isActive?: boolean;

  /** Matches the name or the email. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.search.min, FIELD_LIMITS.search.max)
  search?: string;
}

/** The account fields a profile edit may change too (users, patients and doctors share them). */
export class AccountFieldsDto {
  /**
   * The account's name; cannot be cleared.
   * @example "Jonas Weber"
   */
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.fullName.min, FIELD_LIMITS.fullName.max)
  fullName?: string;

  /**
   * The account's phone; `null` clears it.
   * @example "+49 151 2345678"
   */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(FIELD_LIMITS.phone.min, FIELD_LIMITS.phone.max)
  phone?: string | null;
}

@ApiSchema({ name: 'UpdateUserRequest' })
export class UpdateUserDto extends AccountFieldsDto {
  /** Admin only: `false` deactivates the account (its tokens stop working), `true` reactivates it. */
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

@ApiSchema({ name: 'ChangePasswordRequest' })
export class ChangePasswordDto {
  @IsString()
  @MaxLength(FIELD_LIMITS.currentPassword.max)
  currentPassword!: string;

  /** 8..72 characters (at most 72 bytes). */
  @IsString()
  @Length(FIELD_LIMITS.password.min, FIELD_LIMITS.password.max)
  @MaxBytes(FIELD_LIMITS.password.maxBytes)
  newPassword!: string;
}
