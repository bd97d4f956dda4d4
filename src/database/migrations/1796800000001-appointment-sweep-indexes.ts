import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The time-driven sweeps (`AppointmentSweeps`) find what is overdue in one indexed statement each pass: pending and
 * confirmed appointments by start, in-progress ones by end. Partial, so they hold only the few live rows.
 */
export class AppointmentSweepIndexes1796800000001 implements MigrationInterface {
  name = 'AppointmentSweepIndexes1796800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_appointments_awaiting_start ON appointments (starts_at)
        WHERE status IN ('pending', 'confirmed') AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX ix_appointments_in_progress_end ON appointments (ends_at)
        WHERE status = 'in_progress' AND deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_appointments_in_progress_end`);
    await q.query(`DROP INDEX IF EXISTS ix_appointments_awaiting_start`);
  }
}
