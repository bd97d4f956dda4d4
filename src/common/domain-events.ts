import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AppointmentEventName, AppointmentEvents } from '@app/contracts';

/** What listeners receive: the public payload plus the users it concerns (never sent to anyone else). */
export interface DomainEvent<K extends AppointmentEventName = AppointmentEventName> {
  name: K;
  payload: AppointmentEvents[K];
  /** User ids of the appointment's patient and doctor. */
  recipientUserIds: string[];
}

/**
 * A small typed publisher over the event emitter. Call `publish` only after the transaction committed, so a
 * listener never announces a change that rolled back. Listeners use `@OnEvent(name)` with `DomainEvent<name>`.
 */
@Injectable()
export class DomainEventPublisher {
  constructor(private readonly emitter: EventEmitter2) {}

  publish<K extends AppointmentEventName>(event: DomainEvent<K>): void {
    this.emitter.emit(event.name, event);
  }
}
