import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable job runner's table (`src/jobs`). A job is planned once (`dedupe_key` unique), found when due
 * (`ix_jobs_due`) or when its lease ran out because its instance died (`ix_jobs_lease`), claimed with `FOR UPDATE
 * SKIP LOCKED`, and pruned a while after it finished (`ix_jobs_finished`).
 */
export class Jobs1796800000000 implements MigrationInterface {
  name = 'Jobs1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
        dedupe_key text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 300),
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        run_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
        last_error text,
        locked_by text,
        locked_until timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_jobs_dedupe_key UNIQUE (dedupe_key),
        CONSTRAINT ck_jobs_running_leased CHECK (status <> 'running' OR (locked_by IS NOT NULL AND locked_until IS NOT NULL)),
        CONSTRAINT ck_jobs_finished CHECK ((status IN ('succeeded', 'failed')) = (finished_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_jobs_due ON jobs (run_at) WHERE status = 'queued'`);
    await q.query(`CREATE INDEX ix_jobs_lease ON jobs (locked_until) WHERE status = 'running'`);
    await q.query(`CREATE INDEX ix_jobs_finished ON jobs (finished_at) WHERE status IN ('succeeded', 'failed')`);
    await q.query(`CREATE INDEX ix_jobs_listed ON jobs (status, kind, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS jobs`);
  }
}
