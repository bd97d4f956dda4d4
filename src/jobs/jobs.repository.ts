import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, JobStatus } from '@app/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { runWrites, type BatchedWrite } from '../database/batched-writes';
import type { JobKind, JobPayloads, PlannedJob, RunningJob } from './job-kinds';

interface ClaimedRow {
  id: string;
  kind: JobKind;
  payload: JobPayloads[JobKind];
  run_at: Date;
  attempts: number;
  max_attempts: number;
}

interface JobRow {
  id: string;
  kind: string;
  dedupe_key: string;
  payload: Record<string, unknown>;
  run_at: Date;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_until: Date | null;
  finished_at: Date | null;
  created_at: Date;
  updated_at: Date;
  total: number;
}

/** A claim's fence: the job is still this instance's, for this attempt (a lease taken over changes both). */
export interface JobClaim {
  id: string;
  lockedBy: string;
  attempt: number;
}

export interface JobFilter {
  status?: JobStatus;
  kind?: string;
}

const MAX_ERROR_LENGTH = 2000;

function toJob(row: JobRow): Job {
  const at = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    id: row.id,
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    payload: row.payload,
    runAt: row.run_at.toISOString(),
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    lastError: row.last_error,
    lockedBy: row.locked_by,
    lockedUntil: at(row.locked_until),
    finishedAt: at(row.finished_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Plans jobs (one statement for any number); a dedupe key planned already is left as it is. */
const PLAN_JOBS = `INSERT INTO jobs (kind, dedupe_key, payload, run_at, max_attempts)
       SELECT kind, dedupe_key, payload, run_at, max_attempts
         FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[], $5::int[])
              AS t(kind, dedupe_key, payload, run_at, max_attempts)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING 1`;

/**
 * The jobs as one write for a change's batch (`WriteBatch`): one statement whatever their number; a job whose dedupe
 * key exists already is left as it is. It returns a row per new job.
 */
export function planJobsWrite(jobs: readonly PlannedJob[]): BatchedWrite {
  return {
    statement: PLAN_JOBS,
    params: [
      jobs.map((job) => job.kind),
      jobs.map((job) => job.dedupeKey),
      jobs.map((job) => JSON.stringify(job.payload)),
      jobs.map((job) => job.runAt.toISOString()),
      jobs.map((job) => job.maxAttempts ?? 5),
    ],
  };
}

/** The `jobs` table: planned, claimed under a lease, finished or retried, listed, pruned. */
@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Plans jobs in one statement, inside the caller's transaction when it passes one (a listener of a change adds
   * `planJobsWrite` to the change's batch instead). A job whose dedupe key exists already is left as it is. Answers
   * how many were new.
   */
  async plan(jobs: readonly PlannedJob[], em: EntityManager = this.dataSource.manager): Promise<number> {
    if (jobs.length === 0) {
      return 0;
    }
    const [planned] = await runWrites(em, [planJobsWrite(jobs)]);
    return planned;
  }

  /**
   * Deletes the queued jobs of `kind` planned for these appointments (`payload.appointmentId`), in the caller's
   * transaction; with `keepStartsAt`, those planned for that start (`payload.startsAt`) stay: a moved appointment keeps
   * the jobs of its new start. Running and finished jobs are left alone. Answers how many were deleted.
   */
  async dropQueuedForAppointments(
    em: EntityManager,
    kind: JobKind,
    appointments: readonly { id: string; keepStartsAt: string | null }[],
  ): Promise<number> {
    if (appointments.length === 0) {
      return 0;
    }
    const rows: { id: string }[] = await em.query(
      `DELETE FROM jobs j
        USING unnest($2::text[], $3::text[]) AS a(appointment_id, keep_starts_at)
        WHERE j.status = 'queued' AND j.kind = $1 AND j.payload->>'appointmentId' = a.appointment_id
          AND (a.keep_starts_at IS NULL OR (j.payload->>'startsAt') IS DISTINCT FROM a.keep_starts_at)
      RETURNING j.id`,
      [kind, appointments.map((a) => a.id), appointments.map((a) => a.keepStartsAt)],
    );
    return rows.length;
  }

  /**
   * Claims up to `limit` jobs in one short transaction of its own (one statement): those due, and those whose lease
   * ran out (their instance died while running them). Each becomes `running`, this instance's until `now + leaseMs`,
   * with one attempt more. `SKIP LOCKED`: two instances never claim one job, and neither waits for the other.
   */
  async claim(lockedBy: string, limit: number, leaseMs: number): Promise<RunningJob[]> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM jobs
          WHERE (status = 'queued' AND run_at <= now()) OR (status = 'running' AND locked_until < now())
          ORDER BY run_at
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE jobs j
            SET status = 'running', attempts = j.attempts + 1, locked_by = $1,
                locked_until = now() + make_interval(secs => $3::float8 / 1000), updated_at = now()
           FROM due WHERE j.id = due.id
         RETURNING j.id, j.kind, j.payload, j.run_at, j.attempts, j.max_attempts
       )
       SELECT * FROM claimed ORDER BY run_at`,
      [lockedBy, limit, leaseMs],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      runAt: row.run_at,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
    }));
  }

  /**
   * In the job's own transaction, before its handler runs: locks the job's row if it is still held by this claim.
   * False when the lease ran out and another instance took the job over (then this run must not do the work).
   */
  async holdClaim(em: EntityManager, claim: JobClaim): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM jobs WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3 FOR UPDATE`,
      [claim.id, claim.lockedBy, claim.attempt],
    );
    return rows.length > 0;
  }

  /**
   * `holdClaim` for a batch, in one statement: locks the rows still held by their claims (in id order) and answers
   * their ids; a job taken over meanwhile is left out.
   */
  async holdClaims(em: EntityManager, claims: readonly JobClaim[]): Promise<Set<string>> {
    const rows: { id: string }[] = await em.query(
      `SELECT j.id FROM jobs j
         JOIN unnest($1::uuid[], $2::text[], $3::int[]) AS c(id, locked_by, attempts)
           ON j.id = c.id AND j.locked_by = c.locked_by AND j.attempts = c.attempts
        WHERE j.status = 'running'
        ORDER BY j.id
          FOR UPDATE OF j`,
      [claims.map((claim) => claim.id), claims.map((claim) => claim.lockedBy), claims.map((claim) => claim.attempt)],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** `succeed` for a batch, in one statement. */
  async succeedAll(em: EntityManager, claims: readonly JobClaim[]): Promise<void> {
    await em.query(
      `UPDATE jobs j SET status = 'succeeded', locked_by = NULL, locked_until = NULL, finished_at = now(),
              updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::int[]) AS c(id, locked_by, attempts)
        WHERE j.id = c.id AND j.locked_by = c.locked_by AND j.attempts = c.attempts`,
      [claims.map((claim) => claim.id), claims.map((claim) => claim.lockedBy), claims.map((claim) => claim.attempt)],
    );
  }

  /** In the same transaction as the handler's writes: the job is done. */
  async succeed(em: EntityManager, claim: JobClaim): Promise<void> {
    await em.query(
      `UPDATE jobs SET status = 'succeeded', locked_by = NULL, locked_until = NULL, finished_at = now(),
              updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND attempts = $3`,
      [claim.id, claim.lockedBy, claim.attempt],
    );
  }

  /** After a failed attempt (its transaction rolled back): back to the queue at `retryAt`, or `failed` when null. */
  async fail(claim: JobClaim, error: string, retryAt: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE jobs
          SET status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'queued' END,
              run_at = COALESCE($4::timestamptz, run_at),
              finished_at = CASE WHEN $4::timestamptz IS NULL THEN now() END,
              last_error = $5, locked_by = NULL, locked_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3`,
      [claim.id, claim.lockedBy, claim.attempt, retryAt?.toISOString() ?? null, error.slice(0, MAX_ERROR_LENGTH)],
    );
  }

  /** Hands a job this instance claimed back untouched (it stopped before running it): the attempt is not counted. */
  async release(claim: JobClaim): Promise<void> {
    await this.dataSource.query(
      `UPDATE jobs SET status = 'queued', attempts = attempts - 1, locked_by = NULL, locked_until = NULL,
              updated_at = now()
        WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3`,
      [claim.id, claim.lockedBy, claim.attempt],
    );
  }

  /** Deletes finished jobs older than their keeping time, in batches; answers how many went. */
  async prune(keepSucceededMs: number, keepFailedMs: number, batch: number): Promise<number> {
    let total = 0;
    for (;;) {
      const rows: { deleted: number }[] = await this.dataSource.query(
        `WITH old AS (
           SELECT id FROM jobs
            WHERE (status = 'succeeded' AND finished_at < now() - make_interval(secs => $1::float8 / 1000))
               OR (status = 'failed' AND finished_at < now() - make_interval(secs => $2::float8 / 1000))
            LIMIT $3 FOR UPDATE SKIP LOCKED
         ), gone AS (
           DELETE FROM jobs j USING old WHERE j.id = old.id RETURNING 1
         )
         SELECT count(*)::int AS deleted FROM gone`,
        [keepSucceededMs, keepFailedMs, batch],
      );
      const count = rows[0]?.deleted ?? 0;
      total += count;
      if (count < batch) {
        return total;
      }
    }
  }

  /** Newest first; one statement (the total rides along as a window count). */
  async findPage(filter: JobFilter, offset: number, limit: number): Promise<[Job[], number]> {
    const rows: JobRow[] = await this.dataSource.query(
      `SELECT *, count(*) OVER ()::int AS total FROM jobs
        WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)
        ORDER BY created_at DESC, id DESC
        OFFSET $3 LIMIT $4`,
      [filter.status ?? null, filter.kind ?? null, offset, limit],
    );
    if (rows.length === 0 && offset > 0) {
      const [counted] = await this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM jobs
          WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)`,
        [filter.status ?? null, filter.kind ?? null],
      );
      return [[], counted?.total ?? 0];
    }
    return [rows.map(toJob), rows[0]?.total ?? 0];
  }
}
