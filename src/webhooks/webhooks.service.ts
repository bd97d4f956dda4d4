import { Inject, Injectable } from '@nestjs/common';
import {
  pageOf,
  type Page,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointWithSecret,
} from '@app/contracts';
import { AccessPolicy, notFound } from '../access/access-policy';
import type { Actor } from '../auth/actor';
import { offsetOf, type PaginationQueryDto } from '../common/http/pagination.dto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { CreateWebhookDto, UpdateWebhookDto } from './dto/webhooks.dto';
import { WebhookDispatcher } from './webhook-dispatcher';
import { newWebhookSecret } from './webhook-signature';
import { assertAllowedTarget, type TargetRules } from './webhook-target';
import { WebhooksRepository } from './webhooks.repository';

/** Webhook endpoints, their secrets and their delivery log (API.md "Integrations"). */
@Injectable()
export class WebhooksService {
  private readonly rules: TargetRules;

  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly dispatcher: WebhookDispatcher,
    private readonly access: AccessPolicy,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rules = { httpsOnly: config.nodeEnv === 'production', allowPrivate: config.webhooks.allowPrivate };
  }

  /** The URL is checked (scheme, and every address its host resolves to) before anything is stored. */
  async createWebhook(actor: Actor, dto: CreateWebhookDto): Promise<WebhookEndpointWithSecret> {
    this.access.require(actor, 'webhook.manage', {});
    await assertAllowedTarget(dto.url, this.rules);
    return this.webhooks.createEndpoint({
      url: dto.url,
      events: dto.events,
      description: dto.description ?? null,
      secret: newWebhookSecret(),
    });
  }

  async listWebhooks(actor: Actor, query: PaginationQueryDto): Promise<Page<WebhookEndpoint>> {
    this.access.require(actor, 'webhook.manage', {});
    const [rows, total] = await this.webhooks.findEndpointPage(offsetOf(query), query.limit);
    return pageOf(rows, total, query.page, query.limit);
  }

  async getWebhook(actor: Actor, id: string): Promise<WebhookEndpoint> {
    this.access.require(actor, 'webhook.manage', {});
    return this.found(await this.webhooks.findEndpoint(id));
  }

  async updateWebhook(actor: Actor, id: string, dto: UpdateWebhookDto): Promise<WebhookEndpoint> {
    this.access.require(actor, 'webhook.manage', {});
    if (dto.url !== undefined) {
      await assertAllowedTarget(dto.url, this.rules);
    }
    return this.found(await this.webhooks.updateEndpoint(id, dto));
  }

  /** Its pending deliveries go with it. */
  async deleteWebhook(actor: Actor, id: string): Promise<void> {
    this.access.require(actor, 'webhook.manage', {});
    if (!(await this.webhooks.deleteEndpoint(id))) {
      throw notFound('webhook');
    }
  }

  /** A new secret at once: every attempt from now on, retries of older deliveries too, is signed with it. */
  async rotateSecret(actor: Actor, id: string): Promise<WebhookEndpointWithSecret> {
    this.access.require(actor, 'webhook.manage', {});
    return this.found(await this.webhooks.rotateSecret(id, newWebhookSecret()));
  }

  async listDeliveries(actor: Actor, id: string, query: PaginationQueryDto): Promise<Page<WebhookDelivery>> {
    this.access.require(actor, 'webhook.manage', {});
    this.found(await this.webhooks.findEndpoint(id));
    const [rows, total] = await this.webhooks.findDeliveryPage(id, offsetOf(query), query.limit);
    return pageOf(rows, total, query.page, query.limit);
  }

  /** The delivery is pending again and due now; the dispatcher is woken, so the attempt follows at once. */
  async retryDelivery(actor: Actor, id: string, deliveryId: string): Promise<WebhookDelivery> {
    this.access.require(actor, 'webhook.manage', {});
    this.found(await this.webhooks.findEndpoint(id));
    const delivery = await this.webhooks.retryNow(id, deliveryId);
    if (!delivery) {
      throw notFound('webhookDelivery');
    }
    this.dispatcher.wake();
    return delivery;
  }

  private found<T>(endpoint: T | null): T {
    if (!endpoint) {
      throw notFound('webhook');
    }
    return endpoint;
  }
}
