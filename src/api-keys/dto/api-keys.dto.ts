import { API_KEY_SCOPES, type ApiKey, type CreatedApiKey, type Scope } from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { EnumField, InstantField, UuidField } from '../../common/http/api-fields';
import { IsInstantWithOffset } from '../../common/http/instant';
import { PageMetaDto } from '../../common/http/page.dto';
import { Trim } from '../../common/http/transformers';

@ApiSchema({ name: 'CreateApiKeyRequest' })
export class CreateApiKeyDto {
  /**
   * What the key is for, 1..100 characters.
   * @example "Billing system"
   */
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  /**
   * What the key may do: at least one scope (a repeated one counts once).
   * @example ["appointments:read", "fhir:read"]
   */
  // The Swagger plugin documents `@ArrayMaxSize` only with a literal argument.
  @EnumField('ApiKeyScope', { isArray: true, minItems: 1, maxItems: 7 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: Scope[];

  /** When the key stops working (ISO 8601 with an offset, in the future); without it, it works until revoked. */
  @IsOptional()
  @IsInstantWithOffset()
  expiresAt?: string;
}

/** An API key as listed: never the key itself (only its hash is kept). */
@ApiSchema({ name: 'ApiKey' })
export class ApiKeyDto implements ApiKey {
  @UuidField()
  id!: string;
  /** @example "Billing system" */
  name!: string;
  /** @example ["appointments:read", "fhir:read"] */
  @EnumField('ApiKeyScope', { isArray: true })
  scopes!: Scope[];
  /**
   * The key's first characters, not secret: which key a log line or a list entry means.
   * @example "cbk_Xq3v9LmA"
   */
  prefix!: string;
  @InstantField()
  createdAt!: string;
  /** Null: works until revoked. An expired key answers 401. */
  @InstantField({ nullable: true })
  expiresAt!: string | null;
  /** The last authenticated use, to within `API_KEY_USAGE_FLUSH_MS` (written in batches); null if never used. */
  @InstantField({ nullable: true })
  lastUsedAt!: string | null;
}

/** A new key: the only answer that carries `key`. */
@ApiSchema({ name: 'CreatedApiKey' })
export class CreatedApiKeyDto extends ApiKeyDto implements CreatedApiKey {
  /**
   * The key, shown only now: send it as `X-API-Key` (or `Authorization: Bearer`).
   * @example "cbk_Xq3v9LmA_4fQ0p2Wn8sKc1TzYh6vBd3RjLm5uGx7eNa9oIw2SkPy"
   */
  @ApiProperty({ pattern: '^cbk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$' })
  key!: string;
}

@ApiSchema({ name: 'ApiKeyPage' })
export class ApiKeyPageDto {
  data!: ApiKeyDto[];
  meta!: PageMetaDto;
}
