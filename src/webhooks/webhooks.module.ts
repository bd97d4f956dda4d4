import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhookEventsListener } from './webhook-events.listener';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks: endpoints, deliveries written with their change, the dispatcher that sends them. */
@Module({
  imports: [JobsModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookDispatcher, WebhookEventsListener],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
