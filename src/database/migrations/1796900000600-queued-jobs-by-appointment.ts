import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queued jobs by the appointment they are for (`payload.appointmentId`): a cancelled or moved appointment's reminders
 * are dropped in the change's own transaction (`JobsRepository.dropQueuedForAppointments`) through this index.
 */
export class QueuedJobsByAppointment1796900000600 implements MigrationInterface {
  name = 'QueuedJobsByAppointment1796900000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_jobs_queued_by_appointment ON jobs (kind, (payload->>'appointmentId')) WHERE status = 'queued'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_jobs_queued_by_appointment`);
  }
}
