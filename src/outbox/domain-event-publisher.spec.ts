import { EventEmitter2 } from '@nestjs/event-emitter';
import type { EntityManager } from 'typeorm';
import { recordedEventName, type RecordedDomainEvent, type RecordedEvent } from '../common/domain-events';
import type { WriteBatch } from '../database/batched-writes';
import { queryPrepared } from '../database/prepared';
import { DomainEventPublisher } from './domain-event-publisher';
import type { EventRelay } from './event-relay';
import type { OutboxRepository } from './outbox.repository';

/** A transaction's manager whose one connection records each statement and answers one row of counts. */
function recordingManager(): { em: EntityManager; statements: string[] } {
  const statements: string[] = [];
  const client = {
    query: (config: { text: string; values: unknown[] }) => {
      statements.push(config.text);
      return Promise.resolve({ rows: [{ w0: 2, w1: 0 }] });
    },
  };
  const em = {
    connection: { logger: { logQuery: () => undefined, logQueryError: () => undefined } },
    queryRunner: { connect: () => Promise.resolve(client), release: () => Promise.resolve() },
  } as unknown as EntityManager;
  return { em, statements };
}

/** An event of `name` with only what the publisher reads (its name and id). */
function eventNamed<K extends 'appointment.updated' | 'appointment.status_changed'>(name: K): RecordedEvent<K> {
  return { id: `${name}-id`, name } as unknown as RecordedEvent<K>;
}

describe('DomainEventPublisher.recordWritten', () => {
  let emitter: EventEmitter2;
  let publisher: DomainEventPublisher;

  beforeEach(() => {
    emitter = new EventEmitter2();
    publisher = new DomainEventPublisher({} as OutboxRepository, {} as EventRelay, emitter);
  });

  it("runs each name's batched writes in one statement after that name's listeners, before the next name's", async () => {
    const counts: number[] = [];
    emitter.on(recordedEventName('appointment.updated'), ({ writes }: RecordedDomainEvent) => {
      writes.add({ statement: 'INSERT INTO a (x) VALUES ($1) RETURNING 1', params: [1], done: (n) => counts.push(n) });
    });
    emitter.on(recordedEventName('appointment.updated'), ({ writes }: RecordedDomainEvent) => {
      writes.add({ statement: 'INSERT INTO b (y) VALUES ($1) RETURNING 1', params: [2], done: (n) => counts.push(n) });
    });
    // The next name's listener reads what the first name's batch wrote (as the reminders' `drop` would). The publisher
    // awaits what a listener returns, as it awaits Nest's wrappers of `@OnRecorded` methods.
    const deleteFromA = async ({ em }: RecordedDomainEvent): Promise<void> => {
      await queryPrepared(em, 'DELETE FROM a RETURNING 1', []);
    };
    emitter.on(recordedEventName('appointment.status_changed'), deleteFromA as (event: RecordedDomainEvent) => void);
    const { em, statements } = recordingManager();

    await publisher.recordWritten(em, eventNamed('appointment.updated'), eventNamed('appointment.status_changed'));

    expect(statements).toEqual([
      'WITH w0 AS (INSERT INTO a (x) VALUES ($1) RETURNING 1), w1 AS (INSERT INTO b (y) VALUES ($2) RETURNING 1) ' +
        'SELECT (SELECT count(*) FROM w0)::int AS w0, (SELECT count(*) FROM w1)::int AS w1',
      'DELETE FROM a RETURNING 1',
    ]);
    expect(counts).toEqual([2, 0]);
  });

  it('sends nothing for listeners that batch nothing', async () => {
    emitter.on(recordedEventName('appointment.updated'), () => undefined);
    const { em, statements } = recordingManager();

    await publisher.recordWritten(em, eventNamed('appointment.updated'));

    expect(statements).toEqual([]);
  });

  it('refuses a write added once its batch has run, rather than lose it', async () => {
    let kept: WriteBatch | undefined;
    emitter.on(recordedEventName('appointment.updated'), ({ writes }: RecordedDomainEvent) => {
      kept = writes;
    });
    const { em } = recordingManager();
    await publisher.recordWritten(em, eventNamed('appointment.updated'));

    expect(() => kept?.add({ statement: 'INSERT INTO a (x) VALUES ($1) RETURNING 1', params: [1] })).toThrow(
      'a write was added to the batch of appointment.updated after it ran',
    );
  });
});
