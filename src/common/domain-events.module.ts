import { Global, Module } from '@nestjs/common';
import { DomainEventPublisher } from './domain-events';

@Global()
@Module({ providers: [DomainEventPublisher], exports: [DomainEventPublisher] })
export class DomainEventsModule {}
