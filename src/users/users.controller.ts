import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiTags, ApiUnprocessableEntityResponse, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { ChangePasswordDto, ListUsersQueryDto, UpdateUserDto } from './dto/users.dto';
import { UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Lists accounts (admin), filtered by role, active flag and a name/email search. */
  @ApiOperation({ summary: 'List accounts' })
  @Get()
  @Auth({ roles: ['admin'] })
  listUsers(@CurrentUser() actor: Actor, @Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    return this.users.listUsers(actor, query);
  }

  /**
   * Changes the caller's password and revokes all their refresh tokens; access tokens issued before stop
   * working too. A wrong current password answers 422 `WRONG_PASSWORD`.
   */
  @ApiOperation({ summary: 'Change the caller’s password' })
  @Post('me/password')
  @HttpCode(204)
  @Auth()
  @ApiUnprocessableEntityResponse({ type: ErrorResponseDto, description: '`WRONG_PASSWORD`' })
  changeMyPassword(@CurrentUser() actor: Actor, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(actor, dto);
  }

  /** One account: the user themself or an admin (404 for anyone else). */
  @ApiOperation({ summary: 'Get an account' })
  @Get(':id')
  @Auth()
  getUser(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<UserDto> {
    return this.users.getUser(actor, id);
  }

  /** Edits name and phone (self or admin); only an admin may set `isActive`. */
  @ApiOperation({ summary: 'Edit an account' })
  @Patch(':id')
  @Auth()
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: '`isActive` set by a non-admin, or an admin deactivating themself',
  })
  updateUser(@CurrentUser() actor: Actor, @UuidParam() id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.updateUser(actor, id, dto);
  }

  /** Deactivates the account (admin): its data stays, its tokens stop working. */
  @ApiOperation({ summary: 'Deactivate an account' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ roles: ['admin'] })
  deactivateUser(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.users.deactivateUser(actor, id);
  }
}
