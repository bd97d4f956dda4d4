import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys (Integrations): the key is kept only as its SHA-256 (hex), unique, so a presented key is found by one
 * indexed read; `prefix` is its non-secret beginning. A revoked key keeps its row (audit rows and appointments name
 * it) and leaves the list, which is newest first over the live keys.
 *
 * An API key acts under its own id, so the columns that say who did something (`appointments.created_by`,
 * `cancelled_by`, `idempotency_keys.user_id`) now hold a user's or a key's id: their foreign keys to `users` go.
 * Neither users nor keys are ever deleted (deactivated, revoked), so every id there stays resolvable.
 */
export class ApiKeys1796900000100 implements MigrationInterface {
  name = 'ApiKeys1796900000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        scopes text[] NOT NULL CHECK (
          cardinality(scopes) >= 1
          AND scopes <@ ARRAY['appointments:read', 'appointments:write', 'doctors:read', 'doctors:write',
                              'patients:read', 'webhooks:manage', 'fhir:read']::text[]
        ),
        prefix text NOT NULL,
        key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_api_keys_hash ON api_keys (key_hash)`);
    await q.query(`CREATE INDEX ix_api_keys_live_created ON api_keys (created_at DESC, id) WHERE revoked_at IS NULL`);
    await q.query(`ALTER TABLE appointments DROP CONSTRAINT IF EXISTS appointments_created_by_fkey`);
    await q.query(`ALTER TABLE appointments DROP CONSTRAINT IF EXISTS appointments_cancelled_by_fkey`);
    await q.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT IF EXISTS idempotency_keys_user_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS api_keys`);
    await q.query(
      `ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_user_id_fkey
         FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID`,
    );
    await q.query(
      `ALTER TABLE appointments ADD CONSTRAINT appointments_cancelled_by_fkey
         FOREIGN KEY (cancelled_by) REFERENCES users (id) NOT VALID`,
    );
    await q.query(
      `ALTER TABLE appointments ADD CONSTRAINT appointments_created_by_fkey
         FOREIGN KEY (created_by) REFERENCES users (id) NOT VALID`,
    );
  }
}
