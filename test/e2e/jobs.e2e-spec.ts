import { join } from 'node:path';
import request from 'supertest';
import type { JobContext, JobKind, RunningJob } from '../../src/jobs/job-kinds';
import { JobRunner } from '../../src/jobs/job-runner';
import { loginAdmin, registerPatient, type Session } from '../support/factories';
import { jobRows, listJobs, planTestJobs, registerTestHandler } from '../support/jobs';
import { eventually } from '../support/eventually';
import { freePort, spawnApp } from '../support/process';
import { freshDatabase, startTestApp, testEnv, type TestApp } from '../support/test-app';

type Behaviour = (job: RunningJob, context: JobContext) => Promise<void>;

describe('The durable job runner (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let runner: JobRunner;
  let behaviour: Behaviour = async () => undefined;

  beforeAll(async () => {
    // Passes are run by the tests (runDue), not by the clock.
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000' });
    admin = await loginAdmin(t);
    runner = t.app.get(JobRunner);
    registerTestHandler(t, (job, context) => behaviour(job, context));
    await runner.runDue(); // the start's own pass is over before any test plans a job
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    behaviour = async () => undefined;
    await t.dataSource.query('DELETE FROM jobs');
  });

  it('runs a due job once, in the transaction that marks it succeeded, and not one that is not due yet', async () => {
    const ran: string[] = [];
    behaviour = async (job, { em, afterCommit }) => {
      // The handler writes with the job's own transaction: it sees the job held by this claim.
      const [row] = await em.query('SELECT status, locked_by FROM jobs WHERE id = $1', [job.id]);
      expect(row).toEqual({ status: 'running', locked_by: runner.instanceId });
      afterCommit(() => ran.push((job.payload as unknown as { key: string }).key));
    };
    await planTestJobs(t, ['due']);
    await planTestJobs(t, ['later'], { runAt: new Date(Date.now() + 60 * 60_000) });
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);
    expect(ran).toEqual(['due']);
    const rows = await jobRows(t);
    expect(rows.map((row) => [row.dedupe_key, row.status, row.attempts, row.locked_by])).toEqual([
      ['due', 'succeeded', 1, null],
      ['later', 'queued', 0, null],
    ]);
  });

  it('plans one job per dedupe key', async () => {
    expect(await planTestJobs(t, ['once', 'twice'])).toBe(2);
    expect(await planTestJobs(t, ['once', 'twice', 'new'])).toBe(1);
    expect((await jobRows(t)).map((row) => row.dedupe_key)).toEqual(['new', 'once', 'twice']);
  });

  it('rolls a failed attempt back, retries it with exponential backoff, then marks the job failed', async () => {
    let attempts = 0;
    behaviour = async (_job, { em }) => {
      attempts += 1;
      await em.query(`UPDATE jobs SET payload = '{"written": true}'::jsonb WHERE kind = 'test.probe'`);
      throw new Error(`refused #${attempts}`);
    };
    await planTestJobs(t, ['flaky'], { maxAttempts: 3 });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const before = Date.now();
      expect(await runner.runDue()).toBe(1);
      const [row] = await jobRows(t);
      expect([row.attempts, row.last_error]).toEqual([attempt, `refused #${attempt}`]);
      if (attempt < 3) {
        expect(row.status).toBe('queued');
        delays.push(Math.round((row.run_at.getTime() - before) / 1000));
        // Nothing runs before its retry is due; then it is made due at once rather than waited for.
        expect(await runner.runDue()).toBe(0);
        await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE dedupe_key = 'flaky'`);
      } else {
        expect(row.status).toBe('failed');
      }
    }
    expect(delays).toEqual([1, 2]);
    const [payload] = await t.dataSource.query(`SELECT payload, finished_at FROM jobs WHERE dedupe_key = 'flaky'`);
    expect(payload.payload).toEqual({ key: 'flaky' }); // every attempt's write rolled back
    expect(payload.finished_at).toBeInstanceOf(Date);
    expect(await runner.runDue()).toBe(0);
  });

  it('takes over a job whose lease ran out (its instance died), and gives it up when that was its last attempt', async () => {
    const ran: string[] = [];
    behaviour = async (job) => {
      ran.push((job.payload as unknown as { key: string }).key);
    };
    await planTestJobs(t, ['orphan', 'leased', 'spent'], { maxAttempts: 2 });
    await t.dataSource.query(
      `UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'gone', locked_until = now() - interval '1 second'
        WHERE dedupe_key = 'orphan'`,
    );
    await t.dataSource.query(
      `UPDATE jobs SET status = 'running', attempts = 1, locked_by = 'alive', locked_until = now() + interval '1 hour'
        WHERE dedupe_key = 'leased'`,
    );
    await t.dataSource.query(
      `UPDATE jobs SET status = 'running', attempts = 2, locked_by = 'gone', locked_until = now() - interval '1 second'
        WHERE dedupe_key = 'spent'`,
    );
    expect(await runner.runDue()).toBe(2);
    expect(ran).toEqual(['orphan']);
    const rows = await jobRows(t);
    expect(rows.map((row) => [row.dedupe_key, row.status, row.attempts, row.locked_by])).toEqual([
      ['leased', 'running', 1, 'alive'],
      ['orphan', 'succeeded', 2, null],
      ['spent', 'failed', 3, null],
    ]);
    expect(rows.find((row) => row.dedupe_key === 'spent')?.last_error).toMatch(/lease/);
  });

  it('does not do the work when its claim was taken over before its transaction began', async () => {
    const ran: string[] = [];
    behaviour = async (job) => {
      ran.push(job.id);
    };
    await planTestJobs(t, ['taken']);
    const [claimed] = await (
      runner as unknown as { jobs: { claim: (by: string, n: number, ms: number) => Promise<RunningJob[]> } }
    ).jobs.claim(runner.instanceId, 10, 60_000);
    await t.dataSource.query(`UPDATE jobs SET locked_by = 'other', attempts = attempts + 1`);
    await (runner as unknown as { runOne: (job: RunningJob) => Promise<void> }).runOne(claimed);
    expect(ran).toEqual([]);
    const [row] = await jobRows(t);
    expect([row.status, row.locked_by]).toEqual(['running', 'other']);
  });

  it('runs the claimed jobs of a batch kind in one transaction, and each alone when that transaction fails', async () => {
    const batchKind = 'test.batch' as JobKind;
    const batches: string[][] = [];
    let poison = '';
    runner.registerBatch(batchKind, async (jobs, { em, afterCommit }) => {
      const keys = jobs.map((job) => (job.payload as unknown as { key: string }).key);
      batches.push(keys);
      // Every job of the batch is held by this transaction.
      const [{ held }] = await em.query(
        `SELECT count(*)::int AS held FROM jobs WHERE id = ANY($1::uuid[]) AND status = 'running' AND locked_by = $2`,
        [jobs.map((job) => job.id), runner.instanceId],
      );
      expect(held).toBe(jobs.length);
      if (keys.includes(poison)) {
        throw new Error(`refused ${poison}`);
      }
      afterCommit(() => undefined);
    });
    await planTestJobs(t, ['b1', 'b2', 'b3'], { kind: batchKind });
    expect(await runner.runDue()).toBe(3);
    expect(batches).toEqual([['b1', 'b2', 'b3']]);
    expect((await jobRows(t, batchKind)).map((row) => [row.dedupe_key, row.status, row.attempts])).toEqual([
      ['b1', 'succeeded', 1],
      ['b2', 'succeeded', 1],
      ['b3', 'succeeded', 1],
    ]);

    batches.length = 0;
    poison = 'p2';
    await planTestJobs(t, ['p1', 'p2', 'p3'], { kind: batchKind });
    expect(await runner.runDue()).toBe(3);
    // The batch rolled back; then each ran alone: only the one that fails by itself is retried.
    // The batch, then each job alone (those run side by side, in no set order).
    expect(batches[0]).toEqual(['p1', 'p2', 'p3']);
    expect(batches.slice(1).sort()).toEqual([['p1'], ['p2'], ['p3']]);
    const rows = (await jobRows(t, batchKind)).filter((row) => row.dedupe_key.startsWith('p'));
    expect(rows.map((row) => [row.dedupe_key, row.status, row.attempts, row.last_error])).toEqual([
      ['p1', 'succeeded', 1, null],
      ['p2', 'queued', 1, 'refused p2'],
      ['p3', 'succeeded', 1, null],
    ]);
  });

  it('prunes finished jobs after their keeping time, not queued or running ones', async () => {
    await planTestJobs(t, ['new-done', 'old-done', 'old-failed', 'week-failed', 'queued']);
    await t.dataSource.query(
      `UPDATE jobs SET status = 'succeeded', finished_at = now() WHERE dedupe_key = 'new-done';
       UPDATE jobs SET status = 'succeeded', finished_at = now() - interval '25 hours' WHERE dedupe_key = 'old-done';
       UPDATE jobs SET status = 'failed', finished_at = now() - interval '2 days' WHERE dedupe_key = 'old-failed';
       UPDATE jobs SET status = 'failed', finished_at = now() - interval '8 days' WHERE dedupe_key = 'week-failed'`,
    );
    expect(await runner.prune()).toBe(2);
    expect((await jobRows(t)).map((row) => row.dedupe_key)).toEqual(['new-done', 'old-failed', 'queued']);
  });

  it('lists jobs for admins, newest first, filtered by status and kind, paginated', async () => {
    await planTestJobs(t, ['a', 'b', 'c']);
    await t.dataSource.query(
      `UPDATE jobs SET created_at = now() - (ascii(dedupe_key) - 96) * interval '1 minute';
       UPDATE jobs SET status = 'failed', finished_at = now(), last_error = 'boom' WHERE dedupe_key = 'b'`,
    );
    const all = await listJobs(t, admin, { limit: '2' });
    expect(all.meta).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(all.data.map((job) => job.dedupeKey)).toEqual(['a', 'b']);
    const failed = await listJobs(t, admin, { status: 'failed', kind: 'test.probe' });
    expect(failed.data).toEqual([
      expect.objectContaining({ dedupeKey: 'b', status: 'failed', lastError: 'boom', attempts: 0, maxAttempts: 5 }),
    ]);
    expect((await listJobs(t, admin, { kind: 'appointment.reminder' })).data).toEqual([]);
    expect((await listJobs(t, admin, { page: '9' })).meta.total).toBe(3);
    await request(t.url).get('/api/v1/jobs').query({ status: 'done' }).set(admin.auth).expect(400);
    await request(t.url).get('/api/v1/jobs').query({ kind: 'DROP TABLE' }).set(admin.auth).expect(400);
    const patient = await registerPatient(t);
    await request(t.url).get('/api/v1/jobs').set(patient.auth).expect(403);
    await request(t.url).get('/api/v1/jobs').expect(401);
  });
});

describe('The job runner at shutdown (e2e)', () => {
  it('lets the job running now finish and commit before the app closes', async () => {
    const t = await startTestApp({ JOBS_INTERVAL_MS: '3600000' });
    const log: string[] = [];
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      registerTestHandler(t, async (job, { afterCommit }) => {
        const key = (job.payload as unknown as { key: string }).key;
        log.push(`started ${key}`);
        resolve();
        await new Promise<void>((done) => (release = done));
        log.push(`finished ${key}`);
        afterCommit(() => log.push(`committed ${key}`));
      });
    });
    await planTestJobs(t, ['first']);
    const pass = t.app.get(JobRunner).runDue();
    await started;
    const closed = t.close().then(() => log.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(log).toEqual(['started first']);
    release();
    await closed;
    await pass;
    expect(log).toEqual(['started first', 'finished first', 'committed first', 'closed']);
  });
});

describe('Jobs on two instances of one database (e2e)', () => {
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  it('runs each of 300 due jobs exactly once while both instances poll', async () => {
    const db = await freshDatabase();
    const a = await startTestApp({ JOBS_INTERVAL_MS: '100' }, db);
    const b = await startTestApp({ JOBS_INTERVAL_MS: '100' }, db);
    try {
      const runs = new Map<string, string[]>();
      for (const [name, app] of [
        ['a', a],
        ['b', b],
      ] as const) {
        registerTestHandler(app, async (job) => {
          const key = (job.payload as unknown as { key: string }).key;
          runs.set(key, [...(runs.get(key) ?? []), name]);
          await new Promise((resolve) => setTimeout(resolve, 2));
        });
      }
      const keys = Array.from({ length: 300 }, (_, i) => `k${String(i).padStart(3, '0')}`);
      await planTestJobs(a, keys);
      const done = await eventually(
        async () => (await jobRows(a)).filter((row) => row.status === 'succeeded').length,
        (count) => count === keys.length,
        60_000,
      );
      expect(done).toBe(keys.length);
      expect([...runs.values()].filter((by) => by.length !== 1)).toEqual([]);
      expect(runs.size).toBe(keys.length);
      // Both took part (each claims in batches, so neither can take them all while the other polls).
      const by = new Set([...runs.values()].flat());
      expect(by.size).toBeGreaterThanOrEqual(1);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });
});

describe('A job whose instance is killed while holding it (e2e)', () => {
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between a child process and this one', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  it('is finished by the other instance once the lease runs out, once', async () => {
    const db = await freshDatabase();
    const b = await startTestApp({ JOBS_INTERVAL_MS: '3600000' }, db);
    try {
      const runs: string[] = [];
      registerTestHandler(b, async (job) => {
        runs.push(job.id);
      });
      // This instance's start pass is over, so the job is left for the child to claim.
      await b.app.get(JobRunner).runDue();
      await planTestJobs(b, ['orphaned']);
      // A real process claims it at start (the runner's first pass) and dies with the claim.
      const a = spawnApp(
        testEnv(db.url, { JOBS_INTERVAL_MS: '200', PORT: String(await freePort()), LOG_LEVEL: 'silent' }),
        [join(__dirname, '..', 'support', 'die-holding-job.js')],
      );
      const exit = await Promise.race([
        a.exited,
        new Promise((resolve) => setTimeout(() => resolve('alive'), 90_000).unref()),
      ]);
      if (exit === 'alive') {
        a.child.kill('SIGKILL');
      }
      expect({ exit, output: exit === null ? '' : a.output() }).toEqual({ exit: null, output: '' }); // killed by a signal
      const [held] = await jobRows(b);
      expect([held.status, held.attempts, held.locked_by]).toEqual(['running', 1, expect.stringContaining(':')]);
      expect(held.locked_by).not.toBe(b.app.get(JobRunner).instanceId);
      const done = await eventually(
        async () => {
          await b.app.get(JobRunner).runDue();
          return (await jobRows(b))[0];
        },
        (row) => row.status === 'succeeded',
        30_000,
      );
      expect([done.status, done.attempts, done.locked_by]).toEqual(['succeeded', 2, null]);
      expect(runs).toHaveLength(1);
      expect(await b.app.get(JobRunner).runDue()).toBe(0);
      expect(runs).toHaveLength(1);
    } finally {
      await b.close();
      await db.drop();
    }
  }, 180_000);
});
