import { ROLES, type Role } from '@app/contracts';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../../common/http/pagination.dto';
import { QueryBoolean, Trim } from '../../common/http/transformers';
import { MaxBytes, OptionalNotNull } from '../../common/http/validators';

export class ListUsersQueryDto extends PaginationQueryDto {
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
  @Length(1, 100)
  search?: string;
}

/** The account fields a profile edit may change too (users, patients and doctors share them). */
export class AccountFieldsDto {
  /** The account's name; cannot be cleared. */
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  fullName?: string;

  /** The account's phone; `null` clears it. */
  @IsOptional()
  @Trim()
  @IsString()
  @Length(3, 40)
  phone?: string | null;
}

export class UpdateUserDto extends AccountFieldsDto {
  /** Admin only: `false` deactivates the account (its tokens stop working), `true` reactivates it. */
  @OptionalNotNull()
  @IsBoolean()
  isActive?: boolean;
}

export class ChangePasswordDto {
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  /** 8..72 characters (at most 72 bytes). */
  @IsString()
  @Length(8, 72)
  @MaxBytes(72)
  newPassword!: string;
}
