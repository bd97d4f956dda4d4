import { Client } from 'pg';
import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { toErrorResponse } from '../../src/common/errors/error-response';
import { registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres';

/** The contract's error shape, and nothing of the database behind it. */
function expectUnavailable(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(Object.keys(res.body as object).sort()).toEqual(
    ['code', 'error', 'message', 'path', 'requestId', 'statusCode', 'timestamp'].sort(),
  );
  expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'SERVICE_UNAVAILABLE' });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(res.text).not.toMatch(
    /select|insert|from\s|where\s|pg_|postgres|sqlstate|ECONN|127\.0\.0\.1|terminat|connection|query|stack|\bat\s/i,
  );
}

/** Polls until `check` holds, at most `attempts` times, `intervalMs` apart. */
async function eventually(check: () => Promise<boolean>, attempts = 100, intervalMs = 100): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}

async function sqlError(promise: Promise<unknown>): Promise<QueryFailedError & { driverError: { code?: string } }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(QueryFailedError);
    return error as QueryFailedError & { driverError: { code?: string } };
  }
  throw new Error('the query did not fail');
}

/**
 * The service against a PostgreSQL that stops, restarts, loses connections and runs slow queries. It brings its own
 * throwaway cluster (never the shared server), so it runs the same whatever TEST_DATABASE_URL says.
 */
describe('Database faults (e2e)', () => {
  let pg: ThrowawayPostgres | undefined;
  let t: TestApp | undefined;
  let patient: Session;

  const app = (): TestApp => t!;
  const ready = () => request(app().url).get('/health/ready');
  const readyAgain = () => eventually(async () => (await ready()).status === 200);
  /** A separate session on the cluster, as an operator's psql would be. */
  async function operator<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: pg!.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  const appBackends = () =>
    operator(async (c) => {
      const res = await c.query<{ pid: number; query: string }>(
        `SELECT pid, query FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      return res.rows;
    });
  const terminateAppBackends = () =>
    operator(async (c) => {
      const res = await c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      return res.rowCount ?? 0;
    });

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    t = await startTestApp({}, { url: pg.url, drop: async () => undefined });
    patient = await registerPatient(app(), { password: 'patient-password' });
  });
  afterAll(async () => {
    try {
      await t?.close();
    } finally {
      await pg?.remove();
    }
  });

  describe('PostgreSQL stops and comes back', () => {
    it.each(['fast', 'immediate'] as const)(
      'answers /health/ready 503 while it is stopped (%s) and 200 once it is back, without an app restart',
      async (mode) => {
        await ready().expect(200);
        await pg!.stop(mode);

        expectUnavailable(await ready());
        await request(app().url).get('/health/live').expect(200, { status: 'ok' });

        await pg!.start();
        await readyAgain();
        const me = await request(app().url).get('/api/v1/auth/me').set(patient.auth).expect(200);
        expect(me.body.id).toBe(patient.user.id);
      },
    );

    it('answers ordinary API calls 503 SERVICE_UNAVAILABLE while the database is down, never a 500 or SQL', async () => {
      await pg!.stop('immediate');
      try {
        const me = await request(app().url).get('/api/v1/auth/me').set(patient.auth);
        expectUnavailable(me);
        expect(me.headers['retry-after']).toBe('5');
        expectUnavailable(
          await request(app().url)
            .post('/api/v1/auth/login')
            .send({ email: patient.user.email, password: 'patient-password' }),
        );
        expectUnavailable(
          await request(app().url)
            .post('/api/v1/auth/register')
            .send({ email: 'down@example.test', password: 'down-password', fullName: 'Down', role: 'patient' }),
        );
      } finally {
        await pg!.start();
      }
      await readyAgain();
      await request(app().url)
        .post('/api/v1/auth/login')
        .send({ email: patient.user.email, password: 'patient-password' })
        .expect(200);
    });
  });

  describe('a backend connection is killed', () => {
    it('keeps the process up and serves the next requests on fresh connections', async () => {
      // Several requests at once leave several idle clients in the pool, all of which get killed.
      await Promise.all(
        Array.from({ length: 4 }, () => request(app().url).get('/api/v1/auth/me').set(patient.auth).expect(200)),
      );
      const before = await appBackends();
      expect(before.length).toBeGreaterThan(0);
      expect(await terminateAppBackends()).toBeGreaterThanOrEqual(before.length);
      await eventually(async () => {
        const pids = new Set((await appBackends()).map((b) => b.pid));
        return before.every((b) => !pids.has(b.pid));
      });

      await request(app().url).get('/health/live').expect(200);
      for (let i = 0; i < 5; i += 1) {
        const me = await request(app().url).get('/api/v1/auth/me').set(patient.auth).expect(200);
        expect(me.body.id).toBe(patient.user.id);
      }
      await ready().expect(200);
    });

    it('fails only the query in flight on the killed connection, as a 503', async () => {
      const inFlight = sqlError(app().dataSource.query('SELECT pg_sleep(30) AS in_flight'));
      await eventually(async () => (await appBackends()).some((b) => b.query.includes('in_flight')));
      const before = await appBackends();
      await terminateAppBackends();
      // Every backend of the app is killed (idle ones too, which background work keeps in the pool): once they are
      // gone, the pool has dropped their clients, and the next request runs on a fresh connection.
      await eventually(async () => {
        const pids = new Set((await appBackends()).map((b) => b.pid));
        return before.every((b) => !pids.has(b.pid));
      });

      const error = await inFlight;
      const mapped = toErrorResponse(error, '/api/v1/anything', 'request-1');
      expect(mapped.status).toBe(503);
      expect(mapped.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(mapped.body)).not.toMatch(/pg_sleep|terminat/i);

      await request(app().url).get('/api/v1/auth/me').set(patient.auth).expect(200);
    });
  });

  describe('statement timeout', () => {
    it('runs every pooled connection with the configured statement and idle-transaction timeouts', async () => {
      const rows: { statement_timeout: string }[] = await app().dataSource.query('SHOW statement_timeout');
      expect(rows[0].statement_timeout).toBe('10s');
      const idle: { idle_in_transaction_session_timeout: string }[] = await app().dataSource.query(
        'SHOW idle_in_transaction_session_timeout',
      );
      expect(idle[0].idle_in_transaction_session_timeout).toBe('30s');
    });

    it('cancels a query that runs longer than DB_STATEMENT_TIMEOUT_MS (57014) and maps it to 503', async () => {
      const strict = await startTestApp(
        { DB_STATEMENT_TIMEOUT_MS: '300' },
        { url: pg!.url, drop: async () => undefined },
      );
      try {
        const rows: { statement_timeout: string }[] = await strict.dataSource.query('SHOW statement_timeout');
        expect(rows[0].statement_timeout).toBe('300ms');

        const error = await sqlError(strict.dataSource.query('SELECT pg_sleep(2)'));
        expect(error.driverError.code).toBe('57014');
        const mapped = toErrorResponse(error, '/api/v1/anything', 'request-2');
        expect(mapped.status).toBe(503);
        expect(mapped.body.code).toBe('SERVICE_UNAVAILABLE');
        expect(JSON.stringify(mapped.body)).not.toMatch(/pg_sleep|statement|cancel/i);

        // The cancelled statement does not poison the pool: the same app keeps answering.
        await request(strict.url).get('/api/v1/auth/me').set(patient.auth).expect(200);
      } finally {
        await strict.close();
      }
    });
  });
});
