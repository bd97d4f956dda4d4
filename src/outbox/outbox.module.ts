import { Global, Module } from '@nestjs/common';
import { DomainEventPublisher } from './domain-event-publisher';
import { EventRelay } from './event-relay';
import { OutboxRepository } from './outbox.repository';

/** Domain events: written with their change (the outbox), published after commit by one relay. */
@Global()
@Module({
  providers: [OutboxRepository, EventRelay, DomainEventPublisher],
  exports: [DomainEventPublisher, EventRelay],
})
export class OutboxModule {}
