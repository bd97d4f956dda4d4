import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { PaginationQueryDto } from '../common/http/pagination.dto';
import { UuidParam } from '../common/http/uuid-param';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveryDto,
  WebhookDeliveryPageDto,
  WebhookEndpointDto,
  WebhookEndpointPageDto,
  WebhookEndpointWithSecretDto,
} from './dto/webhooks.dto';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks push events to an integrator's endpoint, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), at least once, retried on `WEBHOOK_RETRY_SCHEDULE`. Admin only (API keys with
 * `webhooks:manage` too, once keys land).
 */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /**
   * Registers an endpoint. The answer is the only one (with rotation's) that shows its `secret`. 400
   * `WEBHOOK_URL_FORBIDDEN` for a URL that is not https (or http outside production) or whose host is, or resolves
   * to, a private, loopback or link-local address (or does not resolve).
   */
  @ApiOperation({ summary: 'Create a webhook endpoint' })
  @Post()
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretDto })
  createWebhook(@CurrentUser() actor: Actor, @Body() dto: CreateWebhookDto): Promise<WebhookEndpointWithSecretDto> {
    return this.webhooks.createWebhook(actor, dto);
  }

  /** Every endpoint, newest first (no secrets). */
  @ApiOperation({ summary: 'List webhook endpoints' })
  @Get()
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  listWebhooks(@CurrentUser() actor: Actor, @Query() query: PaginationQueryDto): Promise<WebhookEndpointPageDto> {
    return this.webhooks.listWebhooks(actor, query);
  }

  /** One endpoint; 404 `WEBHOOK_NOT_FOUND`. */
  @ApiOperation({ summary: 'Get a webhook endpoint' })
  @Get(':id')
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  getWebhook(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<WebhookEndpointDto> {
    return this.webhooks.getWebhook(actor, id);
  }

  /** Changes what is given; a new `url` is checked as on creation. `isActive: false` pauses new deliveries. */
  @ApiOperation({ summary: 'Update a webhook endpoint' })
  @Patch(':id')
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  updateWebhook(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Body() dto: UpdateWebhookDto,
  ): Promise<WebhookEndpointDto> {
    return this.webhooks.updateWebhook(actor, id, dto);
  }

  /** Removes the endpoint and its delivery log; nothing more is sent to it. */
  @ApiOperation({ summary: 'Delete a webhook endpoint' })
  @Delete(':id')
  @HttpCode(204)
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  deleteWebhook(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<void> {
    return this.webhooks.deleteWebhook(actor, id);
  }

  /**
   * Replaces the signing secret at once (no grace period: the old one stops signing now, retries of earlier
   * deliveries included). The answer shows the new secret.
   */
  @ApiOperation({ summary: 'Rotate a webhook endpoint’s secret' })
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto })
  rotateWebhookSecret(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<WebhookEndpointWithSecretDto> {
    return this.webhooks.rotateSecret(actor, id);
  }

  /** The endpoint's deliveries, newest first, with their attempts, last answer or error and next attempt. */
  @ApiOperation({ summary: 'List a webhook endpoint’s deliveries' })
  @Get(':id/deliveries')
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  listWebhookDeliveries(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @Query() query: PaginationQueryDto,
  ): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.listDeliveries(actor, id, query);
  }

  /**
   * Sends a delivery again (any status): it is `pending` and due now, and an attempt follows at once. One failed
   * attempt beyond the schedule leaves it `failed` again. While an attempt is in flight, that attempt is the retry
   * (no second request goes out beside it). 404 `WEBHOOK_DELIVERY_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Retry a webhook delivery' })
  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @Auth({ roles: ['admin'], scope: 'webhooks:manage' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  retryWebhookDelivery(
    @CurrentUser() actor: Actor,
    @UuidParam() id: string,
    @UuidParam('deliveryId') deliveryId: string,
  ): Promise<WebhookDeliveryDto> {
    return this.webhooks.retryDelivery(actor, id, deliveryId);
  }
}
