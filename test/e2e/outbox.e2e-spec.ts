import type { Appointment, Notification } from '@app/contracts';
import { join } from 'node:path';
import request from 'supertest';
import { DomainEventPublisher } from '../../src/outbox/domain-event-publisher';
import { EventRelay, OUTBOX_GRACE_MS } from '../../src/outbox/event-relay';
import { at, book, nextWeekday } from '../support/appointments';
import { eventually } from '../support/eventually';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { freePort, PROCESS_TEST_TIMEOUT_MS, spawnApp, waitUntilReady } from '../support/process';
import { appointmentOf, presenceSettled, SocketPool } from '../support/realtime';
import { freshDatabase, startTestApp, testEnv, type TestApp } from '../support/test-app';

const POLL = { OUTBOX_POLL_MS: '100' };

async function outboxSize(t: TestApp): Promise<number> {
  const rows: { count: number }[] = await t.dataSource.query('SELECT count(*)::int AS count FROM outbox_events');
  return rows[0].count;
}

async function inbox(t: TestApp, user: Session): Promise<Notification[]> {
  const res = await request(t.url).get('/api/v1/notifications').set(user.auth).expect(200);
  return (res.body as { data: Notification[] }).data;
}

describe('Domain events through the transactional outbox (e2e)', () => {
  let t: TestApp;
  const pool = new SocketPool();

  beforeAll(async () => {
    t = await startTestApp(POLL);
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t.close();
  });

  it('writes the event with the booking and deletes it once published', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const { log } = await pool.connect(t.url, doctor);
    const appointment = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(nextWeekday(3), '10:00'),
    });
    await expect(log.waitFor('appointment.created')).resolves.toEqual({ appointment });
    expect(
      await eventually(
        () => outboxSize(t),
        (n) => n === 0,
      ),
    ).toBe(0);
  });

  it('publishes an event whose process stopped between commit and publish, once, a moment later', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const { log } = await pool.connect(t.url, doctor);
    const appointment = appointmentOf(patient, doctor);
    const events = t.app.get(DomainEventPublisher);
    const committed = Date.now();
    // Recorded and committed, never handed to the relay: what a process that died right after its commit leaves.
    await t.dataSource.transaction((em) =>
      events.record(em, {
        name: 'appointment.created',
        payload: { appointment },
        recipientUserIds: [patient.user.id, doctor.user.id],
        doctorTimezone: 'UTC',
      }),
    );
    // The parties' notifications committed with it; only the live event is missing.
    expect((await inbox(t, patient))[0]).toMatchObject({ type: 'appointment.created' });

    await expect(log.waitFor('appointment.created', (e) => e.appointment.id === appointment.id)).resolves.toEqual({
      appointment,
    });
    expect(Date.now() - committed).toBeGreaterThanOrEqual(OUTBOX_GRACE_MS - 100);
    expect(
      await eventually(
        () => outboxSize(t),
        (n) => n === 0,
      ),
    ).toBe(0);
    await t.app.get(EventRelay).sweep();
    expect(log.of('appointment.created').filter((e) => e.appointment.id === appointment.id)).toHaveLength(1);
  });

  it("stamps an event with when it was written, not when its transaction began (the sweep's grace counts from it)", async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const events = t.app.get(DomainEventPublisher);
    const stamps = await t.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_sleep(1)');
      const recorded = await events.record(em, {
        name: 'appointment.created',
        payload: { appointment: appointmentOf(patient, doctor) },
        recipientUserIds: [patient.user.id, doctor.user.id],
        doctorTimezone: 'UTC',
      });
      const [row] = await em.query<{ after_begin: string }[]>(
        `SELECT extract(epoch FROM created_at - now()) AS after_begin FROM outbox_events WHERE id = $1`,
        [recorded.id],
      );
      events.publish(recorded);
      return row;
    });
    expect(Number(stamps.after_begin)).toBeGreaterThanOrEqual(0.9);
  });

  it('announces an admin’s delete as appointment.deleted to both parties, and stores it for them', async () => {
    const admin = await loginAdmin(t);
    const patient = await registerPatient(t, { fullName: 'Priya Patel' });
    const doctor = await registerDoctor(t, { fullName: 'Dr Arjun Rao' });
    const appointment = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(nextWeekday(3), '11:00'),
    });
    const sockets = [await pool.connect(t.url, patient), await pool.connect(t.url, doctor)];
    await request(t.url).delete(`/api/v1/appointments/${appointment.id}`).set(admin.auth).expect(204);
    for (const { log } of sockets) {
      const deleted = await log.waitFor('appointment.deleted');
      expect(deleted.appointment).toEqual({ ...appointment, updatedAt: expect.any(String) } satisfies Appointment);
    }
    for (const party of [patient, doctor]) {
      expect((await inbox(t, party))[0]).toMatchObject({
        type: 'appointment.deleted',
        title: 'Appointment removed',
        data: { appointmentId: appointment.id, status: 'pending' },
      });
    }
    await request(t.url).delete(`/api/v1/appointments/${appointment.id}`).set(admin.auth).expect(404);
  });

  describe('a process killed between its commit and its publish', () => {
    // Two processes on one database: PostgreSQL only (the embedded database is one process's own).
    if (!process.env.TEST_DATABASE_URL) {
      it('needs PostgreSQL (TEST_DATABASE_URL) for a second process', () => {
        expect(process.env.TEST_DATABASE_URL).toBeUndefined();
      });
      return;
    }

    let db: { url: string; drop(): Promise<void> };
    let b: TestApp;

    beforeAll(async () => {
      db = await freshDatabase();
      b = await startTestApp(POLL, db);
    });
    afterAll(async () => {
      await b?.close();
      await db?.drop();
    });

    it(
      'loses nothing: the surviving instance announces the booking, and its notifications are there',
      async () => {
        const patient = await registerPatient(b);
        const doctor = await registerDoctor(b);
        const { log } = await pool.connect(b.url, doctor);
        // Instance A kills itself the moment the booking's transaction has committed, before any publish.
        const a = spawnApp({ ...testEnv(db.url, { ...POLL, PORT: String(await freePort()), LOG_LEVEL: 'silent' }) }, [
          join(__dirname, '..', 'support', 'die-before-publish.js'),
        ]);
        await waitUntilReady(a);
        const startsAt = at(nextWeekday(3), '14:00');
        const answer = await request(a.url)
          .post('/api/v1/appointments')
          .set(patient.auth)
          .send({ doctorId: doctor.user.doctorId, startsAt })
          .then(
            (res) => res.status,
            (error: Error) => error.message,
          );
        expect(await a.exited).toBeNull(); // killed by a signal, no exit code
        expect(answer).not.toBe(201); // the client never heard back

        const booked = (await request(b.url).get('/api/v1/appointments').set(patient.auth).expect(200)).body as {
          data: Appointment[];
        };
        expect(booked.data.map((x) => x.startsAt)).toEqual([new Date(startsAt).toISOString()]);
        const created = await log.waitFor('appointment.created');
        expect(created.appointment).toEqual(booked.data[0]);
        expect((await inbox(b, doctor))[0]).toMatchObject({ type: 'appointment.created' });
        expect(
          await eventually(
            () => outboxSize(b),
            (n) => n === 0,
          ),
        ).toBe(0);
      },
      PROCESS_TEST_TIMEOUT_MS,
    );
  });
});
