import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pending and the confirmed sweeps each get a partial index of their own status by start, in place of the one
 * they shared. With one index for both, the pending sweep (always on) walked every past confirmed appointment before
 * the first pending one whenever the no-show sweep was off (`AUTO_NO_SHOW_MINUTES` empty: nothing then moves them
 * out of the index). Each index holds only its status's rows and is read as an exact range.
 */
export class SweepIndexesByStatus1796900000700 implements MigrationInterface {
  name = 'SweepIndexesByStatus1796900000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_appointments_pending_start ON appointments (starts_at) WHERE status = 'pending' AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_appointments_confirmed_start ON appointments (starts_at)
        WHERE status = 'confirmed' AND deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_appointments_awaiting_start`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_appointments_awaiting_start ON appointments (starts_at)
        WHERE status IN ('pending', 'confirmed') AND deleted_at IS NULL`,
    );
    await q.query(`DROP INDEX IF EXISTS ix_appointments_confirmed_start`);
    await q.query(`DROP INDEX IF EXISTS ix_appointments_pending_start`);
  }
}
