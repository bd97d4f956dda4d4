import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Until when a delivery's claimed attempt may still be in flight (its lease; NULL once its result is recorded). A
 * manual retry while an attempt is under way leaves it to that attempt instead of sending a second one beside it.
 */
export class WebhookAttemptsInFlight1796900000400 implements MigrationInterface {
  name = 'WebhookAttemptsInFlight1796900000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries ADD COLUMN in_flight_until timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_deliveries DROP COLUMN in_flight_until`);
  }
}
