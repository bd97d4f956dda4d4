import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: a domain event is written here by the transaction that makes its change, and deleted
 * once the relay has published it. A row older than a few seconds is one whose process stopped between commit and
 * publish; the relay publishes it then (`ix_outbox_events_created` finds them oldest first).
 */
export class OutboxEvents1796463392063 implements MigrationInterface {
  name = 'OutboxEvents1796463392063';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        payload jsonb NOT NULL,
        audience jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_outbox_events_created ON outbox_events (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS outbox_events`);
  }
}
