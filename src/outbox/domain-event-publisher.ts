import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  recordedEventName,
  type DomainEvent,
  type DomainEventName,
  type RecordedDomainEvent,
  type RecordedEvent,
} from '../common/domain-events';
import { runWrites, type BatchedWrite } from '../database/batched-writes';
import { EventRelay } from './event-relay';
import { OutboxRepository } from './outbox.repository';

/**
 * How a service raises a domain event, in two steps:
 * - `record`, inside the transaction that makes the change: the event goes to the outbox, and the listeners that keep
 *   a durable trace of it in the same transaction (`@OnRecorded(name)`: the parties' inbox, reminders, webhook
 *   deliveries) write theirs, those that only insert in one shared statement (`writes`). All of it commits with the
 *   change or not at all; a listener's failure fails the transaction.
 * - `publish`, only after the commit: the relay hands the events to their subscribers (`@OnEvent(name)`: sockets,
 *   soon webhooks). Should the process stop before, the relay of any instance publishes them a moment later.
 */
@Injectable()
export class DomainEventPublisher {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly relay: EventRelay,
    private readonly emitter: EventEmitter2,
  ) {}

  async record<K extends DomainEventName>(em: EntityManager, event: DomainEvent<K>): Promise<RecordedEvent<K>> {
    const [recorded] = await this.recordAll(em, [event]);
    return recorded;
  }

  /** `record` for the events of one change at once: one outbox statement, and each listener called once per name. */
  async recordAll<K extends DomainEventName>(
    em: EntityManager,
    events: readonly DomainEvent<K>[],
  ): Promise<RecordedEvent<K>[]> {
    if (events.length === 0) {
      return [];
    }
    const recorded = events.map((event) => this.stamp(event));
    await this.outbox.append(em, recorded as RecordedEvent[]);
    await this.recordWritten(em, ...recorded);
    return recorded;
  }

  /**
   * For a write that carries its events' outbox rows in its own statement (the booking's and the series' inserts,
   * where a statement more would be a round trip more): `stamp` gives an event its id, `outboxRowOf` its row, and
   * `recordWritten`, once that statement has run in the transaction, hands them to the in-transaction listeners as
   * `record` would: each listener once per event name, with all the events of that name.
   */
  stamp<K extends DomainEventName>(event: DomainEvent<K>): RecordedEvent<K> {
    return { ...event, id: randomUUID() };
  }

  async recordWritten<K extends DomainEventName>(em: EntityManager, ...recorded: RecordedEvent<K>[]): Promise<void> {
    const byName = new Map<K, RecordedEvent<K>[]>();
    for (const event of recorded) {
      byName.set(event.name, [...(byName.get(event.name) ?? []), event]);
    }
    // One listener after another: they share the transaction's one connection, so running them side by side would
    // only queue their statements on it (a pattern node-postgres deprecates) and make their order a matter of chance.
    // What the listeners of one name batch runs after the last of them, in one round trip (a booking: one statement
    // instead of three), before the next name's listeners: events recorded together keep their order (a move then a
    // cancellation: the cancellation's `drop` sees the reminders the move planned).
    for (const [name, events] of byName) {
      const batched: BatchedWrite[] = [];
      let open = true;
      const writes = {
        add: (write: BatchedWrite) => {
          if (!open) {
            throw new Error(`a write was added to the batch of ${name} after it ran`);
          }
          batched.push(write);
        },
      };
      const handed: RecordedDomainEvent<K> = { em, events, writes };
      for (const listener of this.emitter.listeners(recordedEventName(name))) {
        await (listener as (event: RecordedDomainEvent<K>) => unknown)(handed);
      }
      open = false;
      await runWrites(em, batched);
    }
  }

  publish<K extends DomainEventName>(...events: RecordedEvent<K>[]): void {
    this.relay.published(events as RecordedEvent[]);
  }
}
