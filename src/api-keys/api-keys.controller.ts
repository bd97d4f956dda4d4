import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { PaginationQueryDto } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyPageDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-keys.dto';

/** API keys (admin; never a key itself: a key reaches no `/api-keys` route). */
@ApiTags('api keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /**
   * Makes a key with the given scopes. The answer is the only time `key` is shown: only its SHA-256 is kept.
   * `expiresAt`, when given, must be in the future (else 400).
   */
  @ApiOperation({ summary: 'Create an API key' })
  @Post()
  @Auth({ roles: ['admin'] })
  createApiKey(@CurrentUser() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.createKey(actor, dto);
  }

  /** The keys not revoked (expired ones included), newest first; never the keys themselves. */
  @ApiOperation({ summary: 'List API keys' })
  @Get()
  @Auth({ roles: ['admin'] })
  listApiKeys(@CurrentUser() actor: Actor, @Query() query: PaginationQueryDto): Promise<ApiKeyPageDto> {
    return this.keys.listKeys(actor, query);
  }

  /** Revokes a key: it stops working at once, on every instance. */
  @ApiOperation({ summary: 'Revoke an API key' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ roles: ['admin'] })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: '`API_KEY_NOT_FOUND` (or already revoked)' })
  revokeApiKey(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.keys.revokeKey(actor, id);
  }
}
