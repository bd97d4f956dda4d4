import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher';
import type { Appointment, ErrorResponse, WebhookDelivery, WebhookEndpointWithSecret } from '@app/contracts';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import request from 'supertest';
import { book, setStatus, SlotClock } from '../support/appointments';
import { eventually } from '../support/eventually';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { freePort, PROCESS_TEST_TIMEOUT_MS, spawnApp, waitUntilReady, type AppProcess } from '../support/process';
import { freshDatabase, startTestApp, testEnv, type TestApp } from '../support/test-app';
import { WebhookReceiver, type ReceivedWebhook } from '../support/webhook-receiver';

/** The tests' receiver is on 127.0.0.1: private targets allowed, and a short schedule (at most 4 attempts). */
const WEBHOOK_ENV = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_RETRY_SCHEDULE: '1,1,2',
  WEBHOOK_TIMEOUT_MS: '500',
};

interface SentBody {
  type: string;
  timestamp: string;
  data: unknown;
}

async function createWebhook(t: Pick<TestApp, 'url'>, admin: Session, body: Record<string, unknown>) {
  const res = await request(t.url).post('/api/v1/webhooks').set(admin.auth).send(body).expect(201);
  return res.body as WebhookEndpointWithSecret;
}

async function deliveries(t: Pick<TestApp, 'url'>, admin: Session, endpointId: string): Promise<WebhookDelivery[]> {
  const res = await request(t.url).get(`/api/v1/webhooks/${endpointId}/deliveries`).set(admin.auth).expect(200);
  return (res.body as { data: WebhookDelivery[] }).data;
}

/** Verifies with the `standardwebhooks` library (throws on a bad signature) and answers the parsed body. */
function verified(secret: string, webhook: ReceivedWebhook): SentBody {
  return new Webhook(secret).verify(webhook.body, webhook.headers as Record<string, string>) as SentBody;
}

describe('Webhooks (e2e)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: Session;
  let patient: Session;
  let doctor: Session;
  const slots = new SlotClock();
  let paths = 0;
  const nextPath = () => `/hook-${(paths += 1)}`;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    t = await startTestApp({ ...WEBHOOK_ENV, MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    admin = await loginAdmin(t);
    patient = await registerPatient(t);
    doctor = await registerDoctor(t);
  });
  afterEach(async () => {
    // Each test's endpoints hear only its own bookings.
    await t.dataSource.query('DELETE FROM webhook_endpoints');
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const bookOne = () => book(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });

  it('prunes finished deliveries past their keeping time, never a pending one', async () => {
    const created = await request(t.url)
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: `${receiver.url}${nextPath()}`, events: ['*'] })
      .expect(201);
    const endpointId = (created.body as { id: string }).id;
    const old = `now() - interval '31 days'`;
    const rows = await t.dataSource.query<{ id: string; status: string }[]>(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, type, payload, status, created_at, delivered_at, next_attempt_at)
       VALUES ($1, gen_random_uuid(), 'appointment.created', '{}', 'succeeded', ${old}, ${old}, NULL),
              ($1, gen_random_uuid(), 'appointment.created', '{}', 'failed', ${old}, NULL, NULL),
              -- Pending, due only in an hour (not sent meanwhile).
              ($1, gen_random_uuid(), 'appointment.created', '{}', 'pending', ${old}, NULL, now() + interval '1 hour'),
              ($1, gen_random_uuid(), 'appointment.created', '{}', 'succeeded', now(), now(), NULL)
       RETURNING id, status`,
      [endpointId],
    );

    expect(await t.app.get(WebhookDispatcher).prune()).toBe(2);
    const left = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM webhook_deliveries WHERE endpoint_id = $1 ORDER BY id',
      [endpointId],
    );
    expect(left.map((row) => row.id)).toEqual([rows[2].id, rows[3].id].sort());
  });

  it('creates, reads, lists, changes and deletes an endpoint; the secret is shown only on create', async () => {
    const created = await createWebhook(t, admin, {
      url: `${receiver.url}/crud`,
      events: ['appointment.created'],
      description: 'Billing',
    });
    expect(created).toEqual({
      id: expect.any(String),
      url: `${receiver.url}/crud`,
      events: ['appointment.created'],
      description: 'Billing',
      isActive: true,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      createdAt: expect.any(String),
    });
    const { secret, ...shown } = created;
    expect(secret).toBeDefined();
    const read = await request(t.url).get(`/api/v1/webhooks/${created.id}`).set(admin.auth).expect(200);
    expect(read.body).toEqual(shown);
    const list = await request(t.url).get('/api/v1/webhooks?limit=10').set(admin.auth).expect(200);
    expect(list.body).toEqual({ data: [shown], meta: { page: 1, limit: 10, total: 1, totalPages: 1 } });
    const patched = await request(t.url)
      .patch(`/api/v1/webhooks/${created.id}`)
      .set(admin.auth)
      .send({ events: ['*'], description: null, isActive: false })
      .expect(200);
    expect(patched.body).toEqual({ ...shown, events: ['*'], description: null, isActive: false });
    await request(t.url)
      .patch(`/api/v1/webhooks/${created.id}`)
      .set(admin.auth)
      .send({ secret: 'whsec_mine' })
      .expect(400);
    await request(t.url)
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url: `${receiver.url}/x`, events: ['appointment.deleted'] })
      .expect(400);
    await request(t.url).delete(`/api/v1/webhooks/${created.id}`).set(admin.auth).expect(204);
    const gone = await request(t.url).get(`/api/v1/webhooks/${created.id}`).set(admin.auth).expect(404);
    expect((gone.body as ErrorResponse).code).toBe('WEBHOOK_NOT_FOUND');
  });

  it('delivers a booking signed per Standard Webhooks, its data the Socket.IO payload, and logs the delivery', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    const appointment = await bookOne();
    const [webhook] = await receiver.waitFor(path, 1);
    const body = verified(endpoint.secret, webhook);
    expect(body).toEqual({ type: 'appointment.created', timestamp: expect.any(String), data: { appointment } });
    expect(webhook.headers['content-type']).toBe('application/json');
    const logged = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    expect(logged).toEqual([
      {
        id: webhook.headers['webhook-id'],
        eventId: expect.any(String),
        type: 'appointment.created',
        status: 'succeeded',
        attempts: 1,
        lastStatusCode: 204,
        lastError: null,
        nextAttemptAt: null,
        createdAt: expect.any(String),
        deliveredAt: expect.any(String),
      },
    ]);
  });

  it('sends each endpoint only the events it subscribed to (or all with *), and nothing to an inactive one', async () => {
    const [onlyStatus, all, paused] = [nextPath(), nextPath(), nextPath()];
    const statusOnly = await createWebhook(t, admin, {
      url: receiver.url + onlyStatus,
      events: ['appointment.status_changed'],
    });
    const everything = await createWebhook(t, admin, { url: receiver.url + all, events: ['*'] });
    const inactive = await createWebhook(t, admin, { url: receiver.url + paused, events: ['*'] });
    await request(t.url).patch(`/api/v1/webhooks/${inactive.id}`).set(admin.auth).send({ isActive: false }).expect(200);

    const appointment = await bookOne();
    expect((await setStatus(t, doctor, appointment.id, 'confirmed')).status).toBe(200);
    const types = (await receiver.waitFor(all, 2)).map((w) => verified(everything.secret, w).type);
    expect(types.sort()).toEqual(['appointment.created', 'appointment.status_changed']);
    const [statusChange] = await receiver.waitFor(onlyStatus, 1);
    expect(verified(statusOnly.secret, statusChange)).toMatchObject({
      type: 'appointment.status_changed',
      data: { previousStatus: 'pending', status: 'confirmed', appointment: { id: appointment.id } },
    });
    expect(await deliveries(t, admin, inactive.id)).toEqual([]);
    expect(receiver.at(onlyStatus)).toHaveLength(1);
    expect(receiver.at(paused)).toHaveLength(0);
  });

  it('retries on the schedule with the same webhook-id until the receiver takes it', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    receiver.answerNext(path, { status: 500 }, { status: 503 });
    await bookOne();
    const attempts = await receiver.waitFor(path, 3);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((w) => w.headers['webhook-id'])).size).toBe(1);
    attempts.forEach((w) => verified(endpoint.secret, w));
    // Schedule 1,1,2: a second between attempts (never the runner's backoff, never at once).
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(900);
    expect(attempts[2].at - attempts[1].at).toBeGreaterThanOrEqual(900);
    const [logged] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    expect(logged).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 204, lastError: null });
  });

  it('gives up once the schedule is spent (failed), and a manual retry sends it again at once (202)', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    receiver.answerAlways(path, { status: 500 });
    await bookOne();
    await receiver.waitFor(path, 4);
    const [failed] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'failed',
    );
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 4,
      lastStatusCode: 500,
      lastError: 'answered 500',
      nextAttemptAt: null,
      deliveredAt: null,
    });
    expect(receiver.at(path)).toHaveLength(4);

    receiver.answerAlways(path, { status: 200 });
    const retried = await request(t.url)
      .post(`/api/v1/webhooks/${endpoint.id}/deliveries/${failed.id}/retry`)
      .set(admin.auth)
      .expect(202);
    expect(retried.body).toMatchObject({ id: failed.id, status: 'pending' });
    const all = await receiver.waitFor(path, 5);
    expect(all.map((w) => w.headers['webhook-id'])).toEqual(Array(5).fill(failed.id));
    const [done] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    expect(done).toMatchObject({ status: 'succeeded', attempts: 5, lastStatusCode: 200 });

    const unknown = await request(t.url)
      .post(`/api/v1/webhooks/${endpoint.id}/deliveries/${endpoint.id}/retry`)
      .set(admin.auth)
      .expect(404);
    expect((unknown.body as ErrorResponse).code).toBe('WEBHOOK_DELIVERY_NOT_FOUND');
  });

  it('leaves a manual retry during an attempt in flight to that attempt: no second request beside it', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    await bookOne();
    await receiver.waitFor(path, 1);
    const [delivered] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    // Another instance claimed an attempt a moment ago and has not recorded its result (its lease runs a minute).
    await t.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'pending', attempts = attempts + 1,
              next_attempt_at = now() + interval '1 minute', in_flight_until = now() + interval '1 minute'
        WHERE id = $1`,
      [delivered.id],
    );
    const retried = await request(t.url)
      .post(`/api/v1/webhooks/${endpoint.id}/deliveries/${delivered.id}/retry`)
      .set(admin.auth)
      .expect(202);
    expect(retried.body).toMatchObject({ id: delivered.id, status: 'pending', attempts: 2 });
    expect(Date.parse(retried.body.nextAttemptAt as string)).toBeGreaterThan(Date.now() + 30_000);
    await t.app.get(WebhookDispatcher).drain();
    expect(receiver.at(path)).toHaveLength(1);

    // That instance died: once its lease is over, a retry sends the delivery again at once.
    await t.dataSource.query(
      `UPDATE webhook_deliveries SET in_flight_until = now() - interval '1 second' WHERE id = $1`,
      [delivered.id],
    );
    const again = await request(t.url)
      .post(`/api/v1/webhooks/${endpoint.id}/deliveries/${delivered.id}/retry`)
      .set(admin.auth)
      .expect(202);
    expect(Date.parse(again.body.nextAttemptAt as string)).toBeLessThanOrEqual(Date.now() + 1000);
    expect((await receiver.waitFor(path, 2)).map((w) => w.headers['webhook-id'])).toEqual([delivered.id, delivered.id]);
  });

  it('signs with the new secret at once after a rotation: the new one verifies, the old one does not', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    const rotated = await request(t.url)
      .post(`/api/v1/webhooks/${endpoint.id}/rotate-secret`)
      .set(admin.auth)
      .expect(200);
    const { secret } = rotated.body as WebhookEndpointWithSecret;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(endpoint.secret);
    expect(rotated.body).toEqual({ ...endpoint, secret });
    await bookOne();
    const [webhook] = await receiver.waitFor(path, 1);
    expect(verified(secret, webhook).type).toBe('appointment.created');
    expect(() => verified(endpoint.secret, webhook)).toThrow();
  });

  it('does not follow a redirect: a 3xx is a failed attempt', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    receiver.answerNext(path, { status: 302, location: `${receiver.url}${path}-moved` });
    await bookOne();
    await receiver.waitFor(path, 2);
    expect(receiver.at(`${path}-moved`)).toHaveLength(0);
    const [logged] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    expect(logged).toMatchObject({ attempts: 2, lastStatusCode: 204 });
    expect(receiver.at(`${path}-moved`)).toHaveLength(0);
  });

  it('gives up an attempt that gets no answer within WEBHOOK_TIMEOUT_MS, and tries again', async () => {
    const path = nextPath();
    const endpoint = await createWebhook(t, admin, { url: receiver.url + path, events: ['appointment.created'] });
    receiver.answerNext(path, { delayMs: 5000 });
    await bookOne();
    await receiver.waitFor(path, 1);
    const [timedOut] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.lastError !== null && list[0] !== undefined,
    );
    expect(timedOut).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null });
    expect(timedOut.lastError).toMatch(/no answer within 500 ms/);
    await receiver.waitFor(path, 2);
    const [logged] = await eventually(
      () => deliveries(t, admin, endpoint.id),
      (list) => list[0]?.status === 'succeeded',
    );
    expect(logged).toMatchObject({ attempts: 2, lastStatusCode: 204 });
  });

  it('lets only admins manage webhooks, and pages the lists', async () => {
    await request(t.url).get('/api/v1/webhooks').set(patient.auth).expect(403);
    await request(t.url).get('/api/v1/webhooks').set(doctor.auth).expect(403);
    await request(t.url).get('/api/v1/webhooks').expect(401);
    await request(t.url).get('/api/v1/webhooks?limit=101').set(admin.auth).expect(400);
    await request(t.url).get('/api/v1/webhooks/not-a-uuid').set(admin.auth).expect(400);
  });
});

describe('Webhooks with the SSRF guard on (e2e)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let admin: Session;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    t = await startTestApp({ WEBHOOK_RETRY_SCHEDULE: '', WEBHOOK_TIMEOUT_MS: '500' });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'https://10.0.0.7/hook',
    'https://192.168.1.20/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://localhost/hook',
  ])('refuses %s with 400 WEBHOOK_URL_FORBIDDEN', async (url) => {
    const res = await request(t.url)
      .post('/api/v1/webhooks')
      .set(admin.auth)
      .send({ url, events: ['*'] })
      .expect(400);
    expect((res.body as ErrorResponse).code).toBe('WEBHOOK_URL_FORBIDDEN');
  });

  it('refuses a private URL on PATCH too, and keeps the endpoint as it was', async () => {
    const endpoint = await createWebhook(t, admin, { url: 'https://93.184.215.14/hook', events: ['waitlist.offer'] });
    const res = await request(t.url)
      .patch(`/api/v1/webhooks/${endpoint.id}`)
      .set(admin.auth)
      .send({ url: 'http://10.1.2.3/hook' })
      .expect(400);
    expect((res.body as ErrorResponse).code).toBe('WEBHOOK_URL_FORBIDDEN');
    const read = await request(t.url).get(`/api/v1/webhooks/${endpoint.id}`).set(admin.auth).expect(200);
    expect(read.body).toMatchObject({ url: 'https://93.184.215.14/hook' });
  });

  it('checks again at each delivery: a target that is (or now resolves to) loopback gets nothing', async () => {
    // Written past the API, as if the name had resolved to a public address when the endpoint was made.
    const localhost = receiver.url.replace('127.0.0.1', 'localhost');
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO webhook_endpoints (url, events, secret)
       VALUES ($1, '{*}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'), ($2, '{*}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
       RETURNING id`,
      [`${receiver.url}/literal`, `${localhost}/by-name`],
    );
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: new SlotClock().next() });
    for (const { id } of rows) {
      const [failed] = await eventually(
        () => deliveries(t, admin, id),
        (list) => list[0]?.status === 'failed',
      );
      expect(failed).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: null });
      expect(failed.lastError).toMatch(/not allowed: .*(127\.0\.0\.1|::1)/);
    }
    expect(receiver.received).toHaveLength(0);
  });
});

describe('Webhooks of a process killed right after its booking committed (e2e)', () => {
  // Two processes on one database: PostgreSQL only (the embedded database is one process's own).
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) for a second process', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  let db: { url: string; drop(): Promise<void> };
  let receiver: WebhookReceiver;
  let restarted: AppProcess | undefined;

  beforeAll(async () => {
    db = await freshDatabase();
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    restarted?.child.kill('SIGTERM');
    await restarted?.exited;
    await receiver?.close();
    await db?.drop();
  });

  it(
    'delivers the webhook after the restart, signed, with the booking as committed',
    async () => {
      const env = async () => testEnv(db.url, { ...WEBHOOK_ENV, PORT: String(await freePort()), LOG_LEVEL: 'silent' });
      // The accounts and the endpoint first, by an instance that then stops (registering publishes events too).
      const setup = await startTestApp(WEBHOOK_ENV, db);
      const admin = await loginAdmin(setup);
      const endpoint = await createWebhook(setup, admin, {
        url: `${receiver.url}/crash`,
        events: ['appointment.created'],
      });
      const patient = await registerPatient(setup);
      const doctor = await registerDoctor(setup);
      await setup.close();
      // This instance kills itself the moment the booking's transaction has committed, before any publish.
      const dying = spawnApp(await env(), [join(__dirname, '..', 'support', 'die-before-publish.js')]);
      await waitUntilReady(dying);
      const startsAt = new SlotClock().next();
      const answer = await request(dying.url)
        .post('/api/v1/appointments')
        .set(patient.auth)
        .send({ doctorId: doctor.user.doctorId, startsAt })
        .then(
          (res) => res.status,
          (error: Error) => error.message,
        );
      expect(await dying.exited).toBeNull(); // killed by a signal
      expect(answer).not.toBe(201); // the client never heard back
      expect(receiver.at('/crash')).toHaveLength(0);

      restarted = spawnApp(await env());
      await waitUntilReady(restarted);
      const [webhook] = await receiver.waitFor('/crash', 1);
      const body = verified(endpoint.secret, webhook);
      const booked = await request(restarted.url).get('/api/v1/appointments').set(patient.auth).expect(200);
      const [appointment] = (booked.body as { data: Appointment[] }).data;
      expect(appointment.startsAt).toBe(new Date(startsAt).toISOString());
      expect(body).toEqual({ type: 'appointment.created', timestamp: expect.any(String), data: { appointment } });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
