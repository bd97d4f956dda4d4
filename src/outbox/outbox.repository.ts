import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { DomainEventName, RecordedEvent } from '../common/domain-events';
import { queryPrepared } from '../database/prepared';

interface StoredRow {
  id: string;
  name: DomainEventName;
  payload: unknown;
  audience: Record<string, unknown> | null;
}

/** An outbox row's values (id, name, payload, audience), for `append` or for a statement that writes it itself. */
export type OutboxRow = [id: string, name: string, payload: string, audience: string | null];

/** An event as it goes into the table: its name and payload, and what else it carries (its audience). */
export function outboxRowOf(event: RecordedEvent): OutboxRow {
  const { id, name, payload, ...audience } = event;
  return [id, name, JSON.stringify(payload), Object.keys(audience).length > 0 ? JSON.stringify(audience) : null];
}

/** A row back as the event it was written from (the same module wrote it, by `toRow`). */
function toEvent(row: StoredRow): RecordedEvent {
  return { id: row.id, name: row.name, payload: row.payload, ...(row.audience ?? {}) } as RecordedEvent;
}

/** The outbox table: events written with their change, deleted once published. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inside the change's own transaction: the event commits with it or not at all. */
  /** Writes the events' rows in one statement (one row: the prepared single insert). */
  async append(em: EntityManager, events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 1) {
      await queryPrepared(
        em,
        'INSERT INTO outbox_events (id, name, payload, audience) VALUES ($1, $2, $3::jsonb, $4::jsonb)',
        outboxRowOf(events[0]),
      );
      return;
    }
    const rows = events.map(outboxRowOf);
    await em.query(
      `INSERT INTO outbox_events (id, name, payload, audience)
       SELECT e.id, e.name, e.payload::jsonb, e.audience::jsonb
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS e(id, name, payload, audience)`,
      [0, 1, 2, 3].map((column) => rows.map((row) => row[column])),
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM outbox_events WHERE id = ANY($1::uuid[])', [ids]);
  }

  /**
   * Events older than `graceMs` that nobody has published: their process stopped between commit and publish. Each
   * is handed to `publish` and deleted in one transaction that holds their rows (`FOR UPDATE SKIP LOCKED`), so two
   * instances never take the same one; if `publish` or the delete fails, the rows stay for the next pass.
   */
  async publishLeftovers(graceMs: number, limit: number, publish: (events: RecordedEvent[]) => void): Promise<number> {
    // Almost always there are none: one indexed look, outside any transaction, before taking rows.
    const [found] = await queryPrepared<{ any: boolean }>(
      this.dataSource.manager,
      'SELECT EXISTS (SELECT 1 FROM outbox_events WHERE created_at < now() - make_interval(secs => $1::float8 / 1000)) AS any',
      [graceMs],
    );
    if (!found?.any) {
      return 0;
    }
    return this.dataSource.transaction(async (em) => {
      const rows: StoredRow[] = await em.query(
        `SELECT id, name, payload, audience FROM outbox_events
          WHERE created_at < now() - make_interval(secs => $1::float8 / 1000)
          ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [graceMs, limit],
      );
      if (rows.length === 0) {
        return 0;
      }
      publish(rows.map(toEvent));
      await em.query('DELETE FROM outbox_events WHERE id = ANY($1::uuid[])', [rows.map((row) => row.id)]);
      return rows.length;
    });
  }
}
