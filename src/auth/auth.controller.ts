import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  getSchemaPath,
  ApiForbiddenResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { TokenResponseDto, UserDto } from '../users/dto/user.dto';
import type { Actor } from './actor';
import { Auth, CurrentUser, Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto, REGISTER_REQUEST_SCHEMA, RefreshDto, RegisterDto } from './dto/register.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Registers a patient or a doctor; the profile is created in the same transaction. `admin` is refused (400);
   * a taken email is 409 `EMAIL_TAKEN`, a taken licence number 409 `LICENSE_TAKEN`.
   */
  @ApiOperation({ summary: 'Register a patient or a doctor' })
  @Post('register')
  @Public()
  @ApiBody({ schema: { $ref: getSchemaPath(REGISTER_REQUEST_SCHEMA.name) } })
  @ApiCreatedResponse({ type: TokenResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`EMAIL_TAKEN`, `LICENSE_TAKEN`' })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address', type: ErrorResponseDto })
  register(@Body() dto: RegisterDto, @Ip() address: string): Promise<TokenResponseDto> {
    return this.auth.register(dto, address);
  }

  /**
   * Logs in. Wrong email or password: 401 `INVALID_CREDENTIALS` (same answer for both); deactivated: 403
   * `ACCOUNT_DISABLED`; after 5 failures for an email (or too many from one address) in 15 minutes: 429 with
   * `Retry-After`.
   */
  @ApiOperation({ summary: 'Log in' })
  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiUnauthorizedResponse({ description: '`INVALID_CREDENTIALS`', type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: '`ACCOUNT_DISABLED`' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins', type: ErrorResponseDto })
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<TokenResponseDto> {
    return this.auth.login(dto, address);
  }

  /**
   * Trades a refresh token for a new pair. Each refresh token works once: presenting a used one answers 401
   * `TOKEN_REUSED` and revokes every token of that login.
   */
  @ApiOperation({ summary: 'Trade a refresh token for a new pair' })
  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiUnauthorizedResponse({
    description: '`INVALID_TOKEN`, or `TOKEN_REUSED` (the login is revoked)',
    type: ErrorResponseDto,
  })
  refreshTokens(@Body() dto: RefreshDto): Promise<TokenResponseDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  /** Revokes the login the refresh token belongs to. */
  @ApiOperation({ summary: 'Log out' })
  @Post('logout')
  @HttpCode(204)
  @Auth()
  logout(@CurrentUser() actor: Actor, @Body() dto: RefreshDto): Promise<void> {
    return this.auth.logout(actor, dto.refreshToken);
  }

  /** The caller's account. */
  @ApiOperation({ summary: 'Get the caller’s account' })
  @Get('me')
  @Auth()
  getCurrentUser(@CurrentUser() actor: Actor): Promise<UserDto> {
    return this.auth.me(actor);
  }
}
