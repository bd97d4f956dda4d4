import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row's `created_at` is when it was written, not when its transaction began (`now()`): the relay's sweep
 * takes rows older than its grace as left by a dead process, and a long transaction's event, stamped with the
 * transaction's start, was old enough at its commit for another instance's sweep to announce it beside the fast path.
 */
export class OutboxWrittenAt1796900000500 implements MigrationInterface {
  name = 'OutboxWrittenAt1796900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events ALTER COLUMN created_at SET DEFAULT clock_timestamp()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_events ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
