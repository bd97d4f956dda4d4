import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finished webhook deliveries (`succeeded`, `failed`) are pruned once past their keeping time
 * (`WebhookDispatcher`): this index finds the oldest of them without reading the pending ones or the whole table.
 */
export class WebhookDeliveriesFinished1796900000300 implements MigrationInterface {
  name = 'WebhookDeliveriesFinished1796900000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_finished ON webhook_deliveries (created_at) WHERE status <> 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_webhook_deliveries_finished`);
  }
}
