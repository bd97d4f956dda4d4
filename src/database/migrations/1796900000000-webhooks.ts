import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing webhooks (`src/webhooks`). An endpoint keeps its signing secret as is (`whsec_…`): signing needs the key
 * itself, so it cannot be a hash (see the README). A delivery is one event for one endpoint, written in the change's
 * own transaction (unique per endpoint and event); `payload` is the body exactly as sent on every attempt. The page
 * of an endpoint's deliveries reads `ix_webhook_deliveries_page`; the dispatcher finds due work through
 * `ix_webhook_deliveries_due` (pending only, by `next_attempt_at`, which is also the lease of an attempt in flight);
 * the in-transaction listener finds the active endpoints subscribed to an event through `ix_webhook_endpoints_events`.
 */
export class Webhooks1796900000000 implements MigrationInterface {
  name = 'Webhooks1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
        events text[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 20),
        description text CHECK (length(description) <= 500),
        is_active boolean NOT NULL DEFAULT true,
        secret text NOT NULL CHECK (secret LIKE 'whsec\\_%'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_webhook_endpoints_listed ON webhook_endpoints (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX ix_webhook_endpoints_events ON webhook_endpoints USING gin (events) WHERE is_active`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        type text NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
        payload text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_status_code integer CHECK (last_status_code BETWEEN 100 AND 599),
        last_error text,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT uq_webhook_deliveries_event UNIQUE (endpoint_id, event_id),
        CONSTRAINT ck_webhook_deliveries_due CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL)),
        CONSTRAINT ck_webhook_deliveries_delivered CHECK (status <> 'succeeded' OR delivered_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_page ON webhook_deliveries (endpoint_id, created_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS webhook_deliveries`);
    await q.query(`DROP TABLE IF EXISTS webhook_endpoints`);
  }
}
