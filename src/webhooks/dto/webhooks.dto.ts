import {
  WEBHOOK_EVENT_FILTERS,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
  type WebhookEventFilter,
  type WebhookEventType,
} from '@app/contracts';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { EnumField, InstantField, IntegerField, UuidField } from '../../common/http/api-fields';
import { PageMetaDto } from '../../common/http/page.dto';

const URL_RULES = { protocols: ['https', 'http'], require_protocol: true, require_tld: false, require_host: true };
const URL_MAX = 2048;
const DESCRIPTION_MAX = 500;

const eventsProperty = (required: boolean) =>
  EnumField('WebhookEventFilter', {
    required,
    isArray: true,
    minItems: 1,
    maxItems: WEBHOOK_EVENT_FILTERS.length,
    uniqueItems: true,
    description: 'The event types to receive, or `*` for all of them.',
    example: ['appointment.created', 'appointment.status_changed'],
  });

export class CreateWebhookDto {
  /**
   * Where deliveries are `POST`ed: `https:` (`http:` too unless the service runs in production); private, loopback
   * and link-local addresses are refused.
   * @example "https://billing.example.com/hooks/clinic"
   */
  @IsUrl(URL_RULES)
  @MaxLength(URL_MAX)
  url!: string;

  @eventsProperty(true)
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_FILTERS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_FILTERS, { each: true })
  events!: WebhookEventFilter[];

  /**
   * What the endpoint is for.
   * @example "Billing: invoice on completed appointments"
   */
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;
}

export class UpdateWebhookDto {
  /** A new target, checked as on creation. */
  @IsOptional()
  @IsUrl(URL_RULES)
  @MaxLength(URL_MAX)
  url?: string;

  @eventsProperty(false)
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_FILTERS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_FILTERS, { each: true })
  events?: WebhookEventFilter[];

  /** `null` clears it. */
  @ApiProperty({ required: false, type: 'string', nullable: true, maxLength: DESCRIPTION_MAX })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string | null;

  /** `false` pauses deliveries: events raised meanwhile are not delivered to it. */
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
}

/** An integrator's endpoint (its secret is shown only when made and when rotated). */
@ApiSchema({ name: 'WebhookEndpoint' })
export class WebhookEndpointDto implements WebhookEndpoint {
  @UuidField()
  id!: string;
  /** @example "https://billing.example.com/hooks/clinic" */
  url!: string;
  @EnumField('WebhookEventFilter', { isArray: true })
  events!: WebhookEventFilter[];
  @ApiProperty({ type: 'string', nullable: true })
  description!: string | null;
  /** Inactive endpoints get no new deliveries. */
  isActive!: boolean;
  @InstantField()
  createdAt!: string;
}

/** The endpoint with its signing secret: the answer of creation and of rotation, the only places it is shown. */
@ApiSchema({ name: 'WebhookEndpointWithSecret' })
export class WebhookEndpointWithSecretDto extends WebhookEndpointDto implements WebhookEndpointWithSecret {
  /**
   * `whsec_` + base64 of 32 random bytes: verify each delivery's `webhook-signature` with it (any Standard Webhooks
   * library does). Keep it secret; rotate it if it leaks.
   * @example "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw1jVbYz5dS2Q="
   */
  @ApiProperty({ pattern: '^whsec_[A-Za-z0-9+/]+={0,2}$' })
  secret!: string;
}

@ApiSchema({ name: 'WebhookEndpointPage' })
export class WebhookEndpointPageDto {
  data!: WebhookEndpointDto[];
  meta!: PageMetaDto;
}

/** One event sent (or to be sent) to one endpoint. */
@ApiSchema({ name: 'WebhookDelivery' })
export class WebhookDeliveryDto implements WebhookDelivery {
  /** Also the `webhook-id` of every attempt: receivers de-duplicate by it. */
  @UuidField()
  id!: string;
  /** The event it carries. */
  @UuidField()
  eventId!: string;
  @EnumField('WebhookEventType')
  type!: WebhookEventType;
  @EnumField('WebhookDeliveryStatus')
  status!: WebhookDeliveryStatus;
  /** Attempts started so far. */
  @IntegerField()
  attempts!: number;
  /** The HTTP status of the last attempt (null: none came, e.g. a timeout). */
  @IntegerField({ nullable: true, minimum: 100, maximum: 599 })
  lastStatusCode!: number | null;
  /** Why the last attempt failed. */
  @ApiProperty({ type: 'string', nullable: true })
  lastError!: string | null;
  /** When the next attempt is due (while `pending`). */
  @InstantField({ nullable: true })
  nextAttemptAt!: string | null;
  @InstantField()
  createdAt!: string;
  @InstantField({ nullable: true })
  deliveredAt!: string | null;
}

@ApiSchema({ name: 'WebhookDeliveryPage' })
export class WebhookDeliveryPageDto {
  data!: WebhookDeliveryDto[];
  meta!: PageMetaDto;
}
