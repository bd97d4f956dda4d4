import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AppointmentEventName, AppointmentEvents } from '@app/contracts';
import type { EntityManager } from 'typeorm';

/** Whom an appointment event concerns, and how to speak to them; never part of the public payload. */
export interface EventAudience {
  /** User ids of the appointment's patient and doctor (never sent to anyone else). */
  recipientUserIds: string[];
  /** The doctor's IANA time zone: texts about the appointment give its times on that wall clock. */
  doctorTimezone: string;
}

/** What listeners receive: the public payload plus its audience. */
export interface DomainEvent<K extends AppointmentEventName = AppointmentEventName> extends EventAudience {
  name: K;
  payload: AppointmentEvents[K];
}

/** What a listener of `recordedEventName(name)` receives: the event and the manager of the change's transaction. */
export interface RecordedDomainEvent<K extends AppointmentEventName = AppointmentEventName> {
  em: EntityManager;
  event: DomainEvent<K>;
}

/** The name under which an event is handed to the listeners that keep a durable record of it. */
export function recordedEventName(name: AppointmentEventName): `record:${AppointmentEventName}` {
  return `record:${name}`;
}

/**
 * A small typed publisher over the event emitter, in two steps:
 * - `record`, inside the transaction that made the change: listeners that keep a durable trace of the event (the
 *   parties' inbox) write it with the transaction's manager, so it commits or rolls back with the change, and a
 *   committed change can never lose its notifications (a crash right after commit included). Their
 *   `@OnEvent(recordedEventName(name), { suppressErrors: false })` failure fails the transaction.
 * - `publish`, only after the commit: what must not announce a change that could still roll back (live delivery).
 *   Listeners use `@OnEvent(name)` with `DomainEvent<name>`.
 */
@Injectable()
export class DomainEventPublisher {
  constructor(private readonly emitter: EventEmitter2) {}

  async record<K extends AppointmentEventName>(em: EntityManager, event: DomainEvent<K>): Promise<void> {
    const recorded: RecordedDomainEvent<K> = { em, event };
    await this.emitter.emitAsync(recordedEventName(event.name), recorded);
  }

  publish<K extends AppointmentEventName>(event: DomainEvent<K>): void {
    this.emitter.emit(event.name, event);
  }
}
