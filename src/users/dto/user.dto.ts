import type { Role, TokenResponse, User } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { PageMetaDto } from '../../common/http/page.dto';

/** An account. Never carries a password hash. */
@ApiSchema({ name: 'User' })
export class UserDto implements User {
  @UuidField()
  id!: string;
  /** @example "jonas.weber@example.com" */
  @ApiProperty({ format: 'email' })
  email!: string;
  /** @example "Jonas Weber" */
  fullName!: string;
  @EnumField('Role')
  role!: Role;
  /** @example "+49 151 2345678" */
  phone!: string | null;
  /** False once an admin has deactivated the account: its tokens stop working. */
  isActive!: boolean;
  /** The patient profile's id when the role is patient, else null. */
  @UuidField({ nullable: true })
  patientId!: string | null;
  /** The doctor profile's id when the role is doctor, else null. */
  @UuidField({ nullable: true })
  doctorId!: string | null;
  @InstantField()
  createdAt!: string;
  @InstantField()
  updatedAt!: string;
}

@ApiSchema({ name: 'UserPage' })
export class UserPageDto {
  data!: UserDto[];
  meta!: PageMetaDto;
}

/** What register, login and refresh answer: a token pair and the account. */
@ApiSchema({ name: 'TokenResponse' })
export class TokenResponseDto implements TokenResponse {
  /** JWT (HS256) for `Authorization: Bearer`. */
  accessToken!: string;
  /** JWT that works once at `POST /auth/refresh`. */
  refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
  /**
   * Lifetime of the access token, in seconds.
   * @example 900
   */
  @IntegerField({ minimum: 1 })
  expiresIn!: number;
  user!: UserDto;
}
