import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { ActorCache } from '../../src/auth/actor-cache';
import { ActorService } from '../../src/auth/actor.service';
import { NotificationsGateway } from '../../src/notifications/notifications.gateway';
import { RedisPresenceCounter } from '../../src/notifications/redis-presence-counter';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { eventually } from '../support/eventually';
import { freshDatabase, startTestApp, type TestApp } from '../support/test-app';
import { appointmentOf, disconnectAndSettle, presenceSettled, raiseEvent, SocketPool } from '../support/realtime';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 200);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    cursor = next;
  } while (cursor !== '0');
}

describe('Several instances (e2e)', () => {
  // Two instances must share one database, which the in-memory embedded database cannot do.
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  // A prefix of its own, so parallel runs on one Redis never see each other's rooms or counts.
  const prefix = `test-${process.pid}-${randomBytes(4).toString('hex')}`;
  // Warnings are printed (a healthy run has none): a run that goes wrong says what the instances saw.
  const env = { REDIS_URL, REDIS_PREFIX: prefix, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' };
  const pool = new SocketPool(() => diagnose());
  let db: { url: string; drop(): Promise<void> };
  let a: TestApp;
  let b: TestApp;
  let c: TestApp | undefined;
  let redis: Redis;
  let admin: Session;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    db = await freshDatabase();
    a = await startTestApp(env, db);
    b = await startTestApp(env, db);
    // Each instance's Socket.IO adapter subscribes to the shared channels as it starts, without being awaited: the
    // tests below relay events between the two, so they begin once Redis counts both subscriptions.
    const requestChannel = `${prefix}:socket.io-request#/notifications#`;
    const subscribed = await eventually(
      async () => ((await redis.pubsub('NUMSUB', requestChannel)) as [string, number])[1],
      (count) => count >= 2,
      30_000,
    );
    if (subscribed < 2) {
      throw new Error(`the instances' adapters did not subscribe within 30 s: ${await diagnose()}`);
    }
    admin = await loginAdmin(a);
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(a, b);
  });
  afterAll(async () => {
    pool.closeAll();
    await a?.close();
    await b?.close();
    await c?.close();
    await db?.drop();
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  /** What Redis and each instance's Socket.IO adapter say, for the message of an event that never came. */
  async function diagnose(): Promise<string> {
    const [patterns, subscribers] = await Promise.all([
      redis.pubsub('NUMPAT'),
      redis.pubsub('NUMSUB', `${prefix}:socket.io-request#/notifications#`),
    ]);
    const apps = Object.entries({ a, b, c }).flatMap(([name, t]) => {
      if (!t) {
        return [];
      }
      const adapter = t.app.get(NotificationsGateway).server.adapter as unknown as {
        pubClient?: Redis;
        subClient?: Redis;
      };
      return [`${name}: pub ${adapter.pubClient?.status ?? '?'}, sub ${adapter.subClient?.status ?? '?'}`];
    });
    return `Redis patterns ${String(patterns)}, request subscribers ${String(subscribers[1])}; ${apps.join('; ')}`;
  }

  async function statusVia(t: TestApp, doctorId: string) {
    const res = await request(t.url).get(`/api/v1/doctors/${doctorId}/status`).set(admin.auth).expect(200);
    return res.body as { isOnline: boolean; status: string };
  }

  it('makes every instance forget a deactivated caller it remembered (Redis pub/sub)', async () => {
    const patient = await registerPatient(a);
    const payload = { sub: patient.user.id, role: 'patient' as const, typ: 'access' as const, ver: 0 };
    await b.app.get(ActorService).actorFor(payload);
    const onB = b.app.get(ActorCache);
    expect(onB.get(patient.user.id)).toBeDefined();

    await request(a.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);

    const deadline = Date.now() + 5_000;
    while (onB.get(patient.user.id) !== undefined && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(onB.get(patient.user.id)).toBeUndefined();
    await expect(b.app.get(ActorService).actorFor(payload)).rejects.toThrow('Missing or invalid access token');
  });

  it('delivers an event raised on instance A to the parties connected to instance B and A', async () => {
    const patient = await registerPatient(a);
    const doctor = await registerDoctor(b);
    const doctorOnB = await pool.connect(b.url, doctor);
    const patientOnA = await pool.connect(a.url, patient);
    const appointment = appointmentOf(patient, doctor);

    await raiseEvent(a, {
      name: 'appointment.created',
      payload: { appointment },
      recipientUserIds: [patient.user.id, doctor.user.id],
      doctorTimezone: 'UTC',
    });

    await expect(doctorOnB.log.waitFor('appointment.created')).resolves.toEqual({ appointment });
    await expect(patientOnA.log.waitFor('appointment.created')).resolves.toEqual({ appointment });
    const stored = await request(b.url).get('/api/v1/notifications').set(doctor.auth).expect(200);
    expect(stored.body.data).toEqual([
      expect.objectContaining({
        type: 'appointment.created',
        data: { appointmentId: appointment.id, status: 'pending' },
      }),
    ]);
  });

  it('a watcher on instance B sees slots.changed for a booking made on instance A, and its cancellation', async () => {
    const patient = await registerPatient(a);
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    const viewer = await registerPatient(b);
    const watcher = await pool.connect(b.url, viewer);
    await expect(watcher.socket.emitWithAck('slots.watch', { doctorId })).resolves.toEqual({ ok: true });

    const startsAt = new Date(Date.now() + 14 * 86_400_000);
    startsAt.setUTCDate(startsAt.getUTCDate() + ((8 - startsAt.getUTCDay()) % 7));
    startsAt.setUTCHours(10, 0, 0, 0);
    const booked = await request(a.url)
      .post('/api/v1/appointments')
      .set(patient.auth)
      .send({ doctorId, startsAt: startsAt.toISOString() })
      .expect(201);
    const onBooking = await watcher.log.waitFor('slots.changed');
    expect(Object.keys(onBooking).sort()).toEqual(['doctorId', 'from', 'to']);
    expect(onBooking.doctorId).toBe(doctorId);
    expect(Date.parse(onBooking.from)).toBeLessThanOrEqual(Date.parse(booked.body.startsAt as string));
    expect(Date.parse(onBooking.to)).toBeGreaterThanOrEqual(Date.parse(booked.body.endsAt as string));

    await request(a.url)
      .patch(`/api/v1/appointments/${booked.body.id as string}/status`)
      .set(patient.auth)
      .send({ status: 'cancelled' })
      .expect(200);
    await watcher.log.waitFor('slots.changed', (e) => e !== onBooking);
    expect(watcher.log.of('slots.changed').map((e) => e.doctorId)).toEqual([doctorId, doctorId]);
  });

  it('delivers a message sent through one instance to the user connected to the other', async () => {
    const patient = await registerPatient(a);
    const { log } = await pool.connect(b.url, patient);
    const sent = await request(a.url)
      .post('/api/v1/notifications')
      .set(admin.auth)
      .send({ userId: patient.user.id, title: 'Hello', body: 'From instance A' })
      .expect(201);
    await expect(log.waitFor('notification')).resolves.toEqual(sent.body);
  });

  it("delivers a broadcast sent through one instance to each connected user's own copy on the other", async () => {
    const doctor = await registerDoctor(a);
    const { log } = await pool.connect(b.url, doctor);
    await request(a.url)
      .post('/api/v1/notifications/broadcast')
      .set(admin.auth)
      .send({ title: 'Fire drill', body: 'At noon.', role: 'doctor' })
      .expect(202);
    const live = await log.waitFor('notification', (n) => n.type === 'broadcast');
    const inbox = await request(b.url).get('/api/v1/notifications').set(doctor.auth).expect(200);
    expect(inbox.body.data).toEqual([live]);
  });

  it('keeps a doctor connected to both instances online until both connections close', async () => {
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    const viewer = await registerPatient(a);
    const observer = await pool.connect(b.url, viewer);

    const onA = await pool.connect(a.url, doctor);
    await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && p.isOnline);
    const onB = await pool.connect(b.url, doctor);
    await presenceSettled(a, b);

    await disconnectAndSettle(a, onA.socket);
    expect(await statusVia(a, doctorId)).toMatchObject({ isOnline: true, status: 'online' });
    expect(await statusVia(b, doctorId)).toMatchObject({ isOnline: true, status: 'online' });

    await disconnectAndSettle(b, onB.socket);
    await observer.log.waitFor('doctor.presence', (p) => p.doctorId === doctorId && !p.isOnline);
    expect(await statusVia(a, doctorId)).toMatchObject({ isOnline: false, status: 'offline' });
    const changes = observer.log.of('doctor.presence').filter((p) => p.doctorId === doctorId);
    expect(changes.map((p) => p.isOnline)).toEqual([true, false]);
  });

  it('does not reset a doctor who is online elsewhere when another instance starts', async () => {
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    await pool.connect(a.url, doctor);
    await presenceSettled(a);
    // Left running until the end: Passport's strategy registry is process-wide, so the newest app's strategy
    // serves every app's guard in this process, and closing it would break the others' REST calls.
    c = await startTestApp(env, db);
    expect(await statusVia(c, doctorId)).toMatchObject({ isOnline: true });
    expect(await statusVia(a, doctorId)).toMatchObject({ isOnline: true });
  });

  it('forgets the sockets of an instance that died once their entries expire', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const countPrefix = `${prefix}:counter`;
    const crashed = new RedisPresenceCounter(redis, countPrefix, 1000, clock);
    const alive = new RedisPresenceCounter(redis, countPrefix, 1000, clock);
    await crashed.add('doctor-1', 'socket-a');
    await alive.add('doctor-2', 'socket-b');
    expect(await alive.count('doctor-1')).toBe(1);

    now += 900;
    expect(await alive.heartbeat()).toEqual([]);
    now += 200;
    expect(await alive.count('doctor-1')).toBe(0);
    expect(await alive.heartbeat()).toEqual(['doctor-1']);
    expect(await alive.liveDoctorIds()).toEqual(['doctor-2']);
    expect(await alive.count('doctor-2')).toBe(1);
  });
});

describe('Start after a crash (e2e)', () => {
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to restart on the same database', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  it('clears online flags a crashed single instance left behind', async () => {
    const db = await freshDatabase();
    const first = await startTestApp({}, db);
    try {
      const doctor = await registerDoctor(first);
      await first.dataSource.query(`UPDATE doctors SET is_online = true, last_seen_at = now() - interval '1 hour'`);
      const restarted = await startTestApp({}, db);
      try {
        const res = await request(restarted.url)
          .get(`/api/v1/doctors/${doctor.user.doctorId}/status`)
          .set(doctor.auth)
          .expect(200);
        expect(res.body).toMatchObject({ isOnline: false, status: 'offline' });
      } finally {
        await restarted.close();
      }
    } finally {
      await first.close();
      await db.drop();
    }
  });
});
