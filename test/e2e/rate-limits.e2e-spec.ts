import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { nextWeekday, SlotClock, book, bookRequest, setStatus } from '../support/appointments';
import { registerDoctor, registerPatient, type Session } from '../support/factories';
import { freshDatabase, startTestApp, type TestApp } from '../support/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function expectTooManyRequests(res: request.Response, path: string): void {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({
    statusCode: 429,
    error: 'Too Many Requests',
    code: 'TOO_MANY_REQUESTS',
    message: expect.any(String),
    path,
    timestamp: expect.any(String),
    requestId: expect.any(String),
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
}

async function failLogin(t: TestApp, email: string, forwardedFor?: string): Promise<request.Response> {
  const req = request(t.url).post('/api/v1/auth/login');
  if (forwardedFor !== undefined) {
    void req.set('X-Forwarded-For', forwardedFor);
  }
  return req.send({ email, password: 'wrong-password' });
}

let emails = 0;
function anotherEmail(): string {
  emails += 1;
  return `nobody-${process.pid}-${emails}@example.test`;
}

describe('Booking churn limit (e2e)', () => {
  let t: TestApp;
  let doctor: Session;
  let slots: SlotClock;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_BOOKINGS_PER_MINUTE: '3' });
    doctor = await registerDoctor(t);
    slots = new SlotClock(nextWeekday(7));
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers the 4th appointment change of a user within a minute with 429 and Retry-After, across routes', async () => {
    const patient = await registerPatient(t);
    const booked = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    await request(t.url)
      .patch(`/api/v1/appointments/${booked.id}`)
      .set(patient.auth)
      .send({ reason: 'Check-up' })
      .expect(200);
    expect((await setStatus(t, patient, booked.id, 'cancelled')).status).toBe(200);

    const refused = await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    expectTooManyRequests(refused, '/api/v1/appointments');
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);

    const edit = await request(t.url)
      .patch(`/api/v1/appointments/${booked.id}`)
      .set(patient.auth)
      .send({ reason: 'Again' });
    expectTooManyRequests(edit, `/api/v1/appointments/${booked.id}`);
  });

  it('books nothing when it refuses a change with 429', async () => {
    const patient = await registerPatient(t);
    for (let i = 0; i < 3; i += 1) {
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    }
    expect((await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() })).status).toBe(
      429,
    );
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM appointments WHERE patient_id = $1',
      [patient.user.patientId],
    );
    expect(rows[0].n).toBe(3);
  });

  it("leaves another user's budget untouched", async () => {
    const busy = await registerPatient(t);
    for (let i = 0; i < 3; i += 1) {
      await book(t, busy, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    }
    expect((await bookRequest(t, busy, { doctorId: doctor.user.doctorId, startsAt: slots.next() })).status).toBe(429);

    const other = await registerPatient(t);
    const res = await bookRequest(t, other, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    expect(res.status).toBe(201);
  });

  it('does not limit the routes outside appointment changes', async () => {
    const patient = await registerPatient(t);
    for (let i = 0; i < 3; i += 1) {
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    }
    for (let i = 0; i < 6; i += 1) {
      await request(t.url).get('/api/v1/appointments').set(patient.auth).expect(200);
      await request(t.url)
        .patch(`/api/v1/users/${patient.user.id}`)
        .set(patient.auth)
        .send({ phone: '+1 555 0100' })
        .expect(200);
    }
  });
});

describe('Client address behind proxies (e2e)', () => {
  describe('without TRUST_PROXY', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_ADDRESS_MAX: '3' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('ignores X-Forwarded-For: varying it does not escape the per-address login limit', async () => {
      for (let i = 1; i <= 3; i += 1) {
        expect((await failLogin(t, anotherEmail(), `198.51.100.${i}`)).status).toBe(401);
      }
      expectTooManyRequests(await failLogin(t, anotherEmail(), '198.51.100.99'), '/api/v1/auth/login');
      expectTooManyRequests(await failLogin(t, anotherEmail()), '/api/v1/auth/login');
    });
  });

  describe('with TRUST_PROXY=127.0.0.1', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_ADDRESS_MAX: '3', TRUST_PROXY: '127.0.0.1' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('counts per forwarded client address when the proxy is trusted', async () => {
      for (let i = 0; i < 3; i += 1) {
        expect((await failLogin(t, anotherEmail(), '203.0.113.7')).status).toBe(401);
      }
      expectTooManyRequests(await failLogin(t, anotherEmail(), '203.0.113.7'), '/api/v1/auth/login');
      expect((await failLogin(t, anotherEmail(), '203.0.113.8')).status).toBe(401);
    });

    it('takes the address the trusted proxy saw, not one a client wrote before it', async () => {
      for (let i = 0; i < 3; i += 1) {
        expect((await failLogin(t, anotherEmail(), `10.9.9.${i}, 192.0.2.44`)).status).toBe(401);
      }
      expectTooManyRequests(await failLogin(t, anotherEmail(), '10.9.9.200, 192.0.2.44'), '/api/v1/auth/login');
    });
  });
});

describe('Rate limits shared across instances through Redis (e2e)', () => {
  // Two instances must share one database, which the in-memory embedded database cannot do.
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  const prefix = `test-rl-${process.pid}-${randomBytes(4).toString('hex')}`;
  const env = { REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_BOOKINGS_PER_MINUTE: '2', RATE_LIMIT_ADDRESS_MAX: '0' };
  let db: { url: string; drop(): Promise<void> };
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;

  async function keysUnder(pattern: string): Promise<string[]> {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 200);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return found;
  }

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    db = await freshDatabase();
    a = await startTestApp(env, db);
    b = await startTestApp(env, db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    const keys = await keysUnder(`${prefix}:*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    await redis.quit();
  });

  it('counts failed logins of one account on both instances together, under REDIS_PREFIX', async () => {
    const patient = await registerPatient(a);
    const email = patient.user.email;
    for (let i = 0; i < 5; i += 1) {
      expect((await failLogin(i % 2 === 0 ? a : b, email)).status).toBe(401);
    }
    expectTooManyRequests(await failLogin(b, email), '/api/v1/auth/login');
    expectTooManyRequests(await failLogin(a, email), '/api/v1/auth/login');
    expect(await keysUnder(`${prefix}:rl:login:account:*`)).not.toHaveLength(0);
  });

  it('holds the account limit when guesses arrive at both instances at once', async () => {
    const patient = await registerPatient(a);
    const email = patient.user.email;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => failLogin(i % 2 === 0 ? a : b, email)));
    const statuses = results.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(7).fill(429)]);
  });

  it('counts appointment changes of one user on both instances together', async () => {
    const doctor = await registerDoctor(a);
    const patient = await registerPatient(a);
    const slots = new SlotClock(nextWeekday(7));
    await book(a, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    await book(b, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
    expectTooManyRequests(
      await bookRequest(a, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() }),
      '/api/v1/appointments',
    );
    const other = await registerPatient(b);
    expect((await bookRequest(b, other, { doctorId: doctor.user.doctorId, startsAt: slots.next() })).status).toBe(201);
    expect(await keysUnder(`${prefix}:throttle:bookings:*`)).not.toHaveLength(0);
  });
});
