import type { Job } from '@app/contracts';
import request from 'supertest';
import type { JobHandler, JobKind } from '../../src/jobs/job-kinds';
import { JobRunner } from '../../src/jobs/job-runner';
import { JobsRepository } from '../../src/jobs/jobs.repository';
import type { Session } from './factories';
import type { TestApp } from './test-app';

/** A kind only tests plan: the runner takes any name, the handler map is typed by the real ones. */
export const TEST_KIND = 'test.probe' as JobKind;

export function registerTestHandler(t: TestApp, handler: JobHandler<JobKind>, kind: JobKind = TEST_KIND): void {
  t.app.get(JobRunner).register(kind, handler);
}

/** Plans test jobs due now (or at `runAt`). */
export async function planTestJobs(
  t: TestApp,
  keys: string[],
  options: { runAt?: Date; maxAttempts?: number; kind?: JobKind } = {},
): Promise<number> {
  return t.app.get(JobsRepository).plan(
    keys.map((key) => ({
      kind: options.kind ?? TEST_KIND,
      dedupeKey: key,
      payload: { key } as never,
      runAt: options.runAt ?? new Date(Date.now() - 1000),
      maxAttempts: options.maxAttempts,
    })),
  );
}

export interface JobRow {
  id: string;
  dedupe_key: string;
  status: string;
  attempts: number;
  run_at: Date;
  last_error: string | null;
  locked_by: string | null;
}

export async function jobRows(t: Pick<TestApp, 'dataSource'>, kind: string = TEST_KIND): Promise<JobRow[]> {
  return t.dataSource.query(
    'SELECT id, dedupe_key, status, attempts, run_at, last_error, locked_by FROM jobs WHERE kind = $1 ORDER BY dedupe_key',
    [kind],
  );
}

export async function listJobs(t: TestApp, admin: Session, query: Record<string, string> = {}) {
  const res = await request(t.url).get('/api/v1/jobs').query(query).set(admin.auth).expect(200);
  return res.body as { data: Job[]; meta: { page: number; limit: number; total: number; totalPages: number } };
}
