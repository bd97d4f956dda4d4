import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { WebhookEventType } from '@app/contracts';
import type { DomainEventName, RecordedDomainEvent, RecordedEvent } from '../common/domain-events';
import { OnRecorded } from '../outbox/on-recorded';
import { WebhookDispatcher } from './webhook-dispatcher';
import { deliveriesWrite } from './webhooks.repository';

/**
 * The domain events integrators receive, one line each: a webhook event type that is also a domain event (whose
 * payload is the Socket.IO payload).
 */
export const DELIVERED_EVENTS = [
  'appointment.created',
  'appointment.updated',
  'appointment.status_changed',
  'appointment.reminder',
  'waitlist.offer',
] as const satisfies readonly (WebhookEventType & DomainEventName)[];
type DeliveredEvent = (typeof DELIVERED_EVENTS)[number];

/** `@OnEvent` for each name: the relay's after-commit publication of those events. */
function OnPublished(...names: DeliveredEvent[]): MethodDecorator {
  return (target, key, descriptor) => names.forEach((name) => OnEvent(name)(target, key, descriptor));
}

/** Event ids whose deliveries wait for their change to commit; bounded, in case changes roll back after writing. */
const MAX_AWAITED = 10_000;

/**
 * Webhook deliveries are written in the transaction of the change that raised the event (`@OnRecorded`): one write in
 * the change's batch finds the subscribed active endpoints and inserts a pending delivery for each, so a
 * committed change is delivered even if the process stops right after. Once the relay publishes the events (after
 * the commit), the dispatcher is woken for those that have deliveries.
 */
@Injectable()
export class WebhookEventsListener {
  private readonly awaited = new Set<string>();

  constructor(private readonly dispatcher: WebhookDispatcher) {}

  @OnRecorded(...DELIVERED_EVENTS)
  record({ events, writes }: RecordedDomainEvent<DeliveredEvent>): void {
    const timestamp = new Date().toISOString();
    const deliveries = events.map((event) => ({
      eventId: event.id,
      type: event.name,
      body: JSON.stringify({ type: event.name, timestamp, data: event.payload }),
    }));
    writes.add({
      ...deliveriesWrite(deliveries),
      done: (planned) => {
        if (planned > 0) {
          if (this.awaited.size + events.length > MAX_AWAITED) {
            this.awaited.clear();
          }
          events.forEach((event) => this.awaited.add(event.id));
        }
      },
    });
  }

  @OnPublished(...DELIVERED_EVENTS)
  committed(event: RecordedEvent<DeliveredEvent>): void {
    if (this.awaited.delete(event.id)) {
      this.dispatcher.wake();
    }
  }
}
