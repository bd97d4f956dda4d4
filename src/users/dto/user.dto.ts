import { ROLES, type Role, type TokenResponse, type User } from '@app/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { PageMetaDto } from '../../common/http/page.dto';

/** An account. Never carries a password hash. */
export class UserDto implements User {
  id!: string;
  email!: string;
  fullName!: string;
  @ApiProperty({ enum: ROLES })
  role!: Role;
  phone!: string | null;
  isActive!: boolean;
  /** The patient profile's id when the role is patient, else null. */
  patientId!: string | null;
  /** The doctor profile's id when the role is doctor, else null. */
  doctorId!: string | null;
  createdAt!: string;
  updatedAt!: string;
}

export class UserPageDto {
  data!: UserDto[];
  meta!: PageMetaDto;
}

export class TokenResponseDto implements TokenResponse {
  /** JWT (HS256) for `Authorization: Bearer`. */
  accessToken!: string;
  /** JWT that works once at `POST /auth/refresh`. */
  refreshToken!: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
  /** Lifetime of the access token, in seconds. */
  expiresIn!: number;
  user!: UserDto;
}
