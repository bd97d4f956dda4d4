import type { Notification, WaitlistEntry } from '@app/contracts';
import request from 'supertest';
import { HoldExpirySweeper } from '../../src/appointments/hold-expiry.sweeper';
import { JobRunner } from '../../src/jobs/job-runner';
import { JobsRepository } from '../../src/jobs/jobs.repository';
import { matchJob } from '../../src/waitlist/waitlist-matcher';
import { WaitlistRepository } from '../../src/waitlist/waitlist.repository';
import { at, book, bookRequest, nextWeekday, setStatus } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { presenceSettled, SocketPool } from '../support/realtime';
import { freshDatabase, startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('Waitlist (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const pool = new SocketPool();
  const day = nextWeekday(3);

  beforeAll(async () => {
    // Jobs and hold expiry run when a test says so (`runJobs`, `expireHold`), never by a timer mid-test.
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', HOLD_SWEEP_MS: '60000' });
    admin = await loginAdmin(t);
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  const join = (session: Session, body: Record<string, unknown>) =>
    request(t.url).post('/api/v1/waitlist').set(session.auth).send(body);
  const joined = async (session: Session, body: Record<string, unknown>): Promise<WaitlistEntry> => {
    const res = await join(session, body);
    if (res.status !== 201) {
      throw new Error(`POST /waitlist answered ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return res.body as WaitlistEntry;
  };
  const leave = (session: Session, id: string) => request(t.url).delete(`/api/v1/waitlist/${id}`).set(session.auth);
  const list = async (session: Session, query: Record<string, string | number> = {}) => {
    const res = await request(t.url).get('/api/v1/waitlist').query(query).set(session.auth).expect(200);
    return res.body as {
      data: WaitlistEntry[];
      meta: { page: number; limit: number; total: number; totalPages: number };
    };
  };
  const entryOf = async (session: Session, id: string): Promise<WaitlistEntry> => {
    const found = (await list(session, { limit: 100 })).data.find((entry) => entry.id === id);
    if (!found) {
      throw new Error(`entry ${id} not listed`);
    }
    return found;
  };
  /** One pass of the job runner (the matches planned by the changes so far). */
  const runJobs = () => t.app.get(JobRunner).runDue();
  /** Makes the hold run out now and lets the expiry sweeper notice it (as it does every HOLD_SWEEP_MS). */
  const expireHold = async (holdId: string) => {
    await t.dataSource.query(`UPDATE appointment_holds SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      holdId,
    ]);
    await t.app.get(HoldExpirySweeper).sweep();
  };
  const inbox = async (session: Session): Promise<Notification[]> => {
    const res = await request(t.url).get('/api/v1/notifications').set(session.auth).expect(200);
    return (res.body as { data: Notification[] }).data;
  };
  const holdsOf = async (patient: Session): Promise<{ id: string; starts_at: Date }[]> =>
    t.dataSource.query('SELECT id, starts_at FROM appointment_holds WHERE patient_id = $1', [patient.user.patientId]);
  /** A doctor with one booked appointment at `time` on `day` (by a patient of its own), to cancel later. */
  const doctorWithBooking = async (time: string, dayOf = day) => {
    const doctor = await registerDoctor(t);
    const booker = await registerPatient(t);
    const appointment = await book(t, booker, { doctorId: doctor.user.doctorId, startsAt: at(dayOf, time) });
    return { doctor, doctorId: doctor.user.doctorId!, booker, appointment };
  };
  const window = (dayOf = day) => ({ from: at(dayOf, '09:00'), to: at(dayOf, '17:00') });

  describe('POST /waitlist', () => {
    it('adds the calling patient: 201 with the entry, waiting, duration 30 by default', async () => {
      const doctor = await registerDoctor(t);
      const patient = await registerPatient(t);
      const res = await join(patient, {
        doctorId: doctor.user.doctorId,
        from: at(day, '09:00').replace('T09:00:00.000Z', 'T11:00:00+02:00'),
        to: at(day, '12:00'),
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        patientId: patient.user.patientId,
        doctorId: doctor.user.doctorId,
        from: at(day, '09:00'),
        to: at(day, '12:00'),
        durationMinutes: 30,
        status: 'waiting',
        offer: null,
        createdAt: expect.stringMatching(/Z$/),
      });
      const longer = await joined(patient, { doctorId: doctor.user.doctorId, ...window(), durationMinutes: 60 });
      expect(longer.durationMinutes).toBe(60);
    });

    it('refuses bad windows and bodies with 400, a window that is over with 422, an unknown doctor with 404', async () => {
      const doctorId = (await registerDoctor(t)).user.doctorId!;
      const patient = await registerPatient(t);
      const from = at(day, '09:00');
      const cases: [Record<string, unknown>, number, string][] = [
        [{ doctorId, from, to: from }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from: at(day, '10:00'), to: at(day, '09:00') }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from, to: at(day, '09:20') }, 400, 'VALIDATION_FAILED'],
        [
          { doctorId, from, to: new Date(Date.parse(from) + 31 * DAY_MS + 60_000).toISOString() },
          400,
          'RANGE_TOO_LARGE',
        ],
        [{ doctorId, from, to: at(day, '10:00'), durationMinutes: 7 }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from, to: at(day, '10:00'), durationMinutes: 485 }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from: '2030-01-07T09:00:00', to: at(day, '10:00') }, 400, 'VALIDATION_FAILED'],
        [{ doctorId: 'not-a-uuid', from, to: at(day, '10:00') }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from, to: at(day, '10:00'), status: 'offered' }, 400, 'VALIDATION_FAILED'],
        [{ doctorId, from }, 400, 'VALIDATION_FAILED'],
        [
          {
            doctorId,
            from: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
            to: new Date(Date.now() - 60 * 60_000).toISOString(),
          },
          422,
          'START_IN_PAST',
        ],
        [{ doctorId: UNKNOWN_ID, from, to: at(day, '10:00') }, 404, 'DOCTOR_NOT_FOUND'],
      ];
      for (const [body, status, code] of cases) {
        const res = await join(patient, body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      }
      // A window that began already but is not over is fine (only time ahead is offered).
      await joined(patient, {
        doctorId,
        from: new Date(Date.now() - 60 * 60_000).toISOString(),
        to: at(day, '10:00'),
      });
      expect((await list(patient)).meta.total).toBe(1);
    });

    it('is for patients only: a doctor or an admin gets 403, no token 401', async () => {
      const doctor = await registerDoctor(t);
      const body = { doctorId: doctor.user.doctorId, ...window() };
      expect((await join(doctor, body)).status).toBe(403);
      expect((await join(admin, body)).status).toBe(403);
      await request(t.url).post('/api/v1/waitlist').send(body).expect(401);
    });
  });

  describe('GET /waitlist and DELETE /waitlist/:id', () => {
    it('lists a patient their own, a doctor theirs, an admin all, newest first and paged', async () => {
      const [doctor, colleague] = await Promise.all([registerDoctor(t), registerDoctor(t)]);
      const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
      const first = await joined(patient, { doctorId: doctor.user.doctorId, ...window() });
      const second = await joined(patient, { doctorId: colleague.user.doctorId, ...window() });
      const third = await joined(other, { doctorId: doctor.user.doctorId, ...window() });
      expect((await list(patient)).data.map((entry) => entry.id)).toEqual([second.id, first.id]);
      expect((await list(other)).data.map((entry) => entry.id)).toEqual([third.id]);
      expect((await list(doctor)).data.map((entry) => entry.id)).toEqual([third.id, first.id]);
      expect((await list(colleague)).data.map((entry) => entry.id)).toEqual([second.id]);
      const all = (await list(admin, { limit: 100 })).data.map((entry) => entry.id);
      expect(all).toEqual(expect.arrayContaining([first.id, second.id, third.id]));
      const paged = await list(patient, { page: 2, limit: 1 });
      expect(paged).toEqual({ data: [first], meta: { page: 2, limit: 1, total: 2, totalPages: 2 } });
      expect((await list(patient, { page: 3, limit: 1 })).data).toEqual([]);
      for (const query of [{ page: 0 }, { limit: 101 }, { limit: 0 }, { status: 'waiting' }]) {
        await request(t.url).get('/api/v1/waitlist').query(query).set(patient.auth).expect(400);
      }
    });

    it('cancels for its patient or an admin (204, again 204); its doctor 403; anyone else 404', async () => {
      const doctor = await registerDoctor(t);
      const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
      const entry = await joined(patient, { doctorId: doctor.user.doctorId, ...window() });
      const foreign = await leave(other, entry.id).expect(404);
      expect(foreign.body.code).toBe('WAITLIST_ENTRY_NOT_FOUND');
      await leave(await registerDoctor(t), entry.id).expect(404);
      await leave(doctor, entry.id).expect(403);
      await leave(patient, UNKNOWN_ID).expect(404);
      await leave(patient, 'not-a-uuid').expect(400);
      await leave(patient, entry.id).expect(204);
      expect((await entryOf(patient, entry.id)).status).toBe('cancelled');
      await leave(patient, entry.id).expect(204);
      const byAdmin = await joined(other, { doctorId: doctor.user.doctorId, ...window() });
      await leave(admin, byAdmin.id).expect(204);
      expect((await entryOf(other, byAdmin.id)).status).toBe('cancelled');
    });
  });

  describe('offers of freed time', () => {
    it('counts an entry holding an offer as worth a match even once its window has passed, so the offer can lapse', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('10:00');
      const [a, b] = [await registerPatient(t), await registerPatient(t)];
      const offered = await joined(a, { doctorId, ...window() });
      const waiting = await joined(b, { doctorId, ...window() });
      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      expect((await entryOf(a, offered.id)).status).toBe('offered');
      expect((await entryOf(b, waiting.id)).status).toBe('waiting');
      // Both windows are over now; a range freed inside them (the offer's hold ending, say) is looked up.
      await t.dataSource.query(
        `UPDATE waitlist_entries SET window_from = now() - interval '2 hours', window_to = now() - interval '1 minute'
          WHERE id = ANY($1::uuid[])`,
        [[offered.id, waiting.id]],
      );
      const range = {
        doctorId,
        from: new Date(Date.now() - 90 * 60_000).toISOString(),
        to: new Date(Date.now() - 120_000).toISOString(),
      };
      const repository = t.app.get(WaitlistRepository);
      expect(await repository.rangesWithEntries(t.dataSource.manager, [range])).toEqual([true]);
      await leave(a, offered.id).expect(204);
      // The waiting entry alone: its window is over, nothing to offer it.
      expect(await repository.rangesWithEntries(t.dataSource.manager, [range])).toEqual([false]);
    });

    it('offers freed time to the oldest entry, passes it on when the offer lapses, and books it with the holdId', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('10:00');
      const [a, b] = [await registerPatient(t), await registerPatient(t)];
      const entryA = await joined(a, { doctorId, ...window() });
      const entryB = await joined(b, { doctorId, ...window() });
      const socketA = await pool.connect(t.url, a);
      const socketB = await pool.connect(t.url, b);
      // Time free when the entries were made is not offered: nothing to match yet.
      await runJobs();
      expect((await entryOf(a, entryA.id)).status).toBe('waiting');

      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      const offeredA = await entryOf(a, entryA.id);
      expect(offeredA).toEqual({
        ...entryA,
        status: 'offered',
        offer: {
          holdId: expect.any(String),
          startsAt: at(day, '10:00'),
          endsAt: at(day, '10:30'),
          expiresAt: expect.stringMatching(/Z$/),
        },
      });
      const expiresIn = Date.parse(offeredA.offer!.expiresAt) - Date.now();
      expect(expiresIn).toBeGreaterThan(14 * 60_000);
      expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
      expect(await socketA.log.waitFor('waitlist.offer')).toEqual({ entry: offeredA });
      const [notice] = await inbox(a);
      expect(notice).toMatchObject({
        type: 'waitlist.offer',
        data: {
          entryId: entryA.id,
          doctorId,
          holdId: offeredA.offer!.holdId,
          startsAt: at(day, '10:00'),
          endsAt: at(day, '10:30'),
          expiresAt: offeredA.offer!.expiresAt,
        },
      });
      expect((await holdsOf(a)).map((row) => row.id)).toEqual([offeredA.offer!.holdId]);
      expect((await entryOf(b, entryB.id)).status).toBe('waiting');
      // The held time is nobody else's now.
      await bookRequest(t, await registerPatient(t), { doctorId, startsAt: at(day, '10:00') }).expect(409);

      await expireHold(offeredA.offer!.holdId);
      await runJobs();
      expect(await entryOf(a, entryA.id)).toEqual({ ...entryA, status: 'waiting', offer: null });
      const offeredB = await entryOf(b, entryB.id);
      expect(offeredB).toMatchObject({ status: 'offered', offer: { startsAt: at(day, '10:00') } });
      expect(await socketB.log.waitFor('waitlist.offer')).toEqual({ entry: offeredB });
      // A, whose offer of that time lapsed, is not offered it again while B holds it, nor after.
      await runJobs();
      expect((await entryOf(a, entryA.id)).status).toBe('waiting');
      expect(socketA.log.of('waitlist.offer')).toHaveLength(1);

      const booked = await book(t, b, {
        doctorId,
        startsAt: offeredB.offer!.startsAt,
        holdId: offeredB.offer!.holdId,
      });
      expect(booked.startsAt).toBe(at(day, '10:00'));
      expect(await entryOf(b, entryB.id)).toEqual({ ...offeredB, status: 'booked' });
      await leave(b, entryB.id).expect(409);
    });

    it('expires an entry after its second lapsed offer', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const booker = await registerPatient(t);
      const first = await book(t, booker, { doctorId, startsAt: at(day, '10:00') });
      const second = await book(t, booker, { doctorId, startsAt: at(day, '14:00') });
      const patient = await registerPatient(t);
      const entry = await joined(patient, { doctorId, ...window() });

      await setStatus(t, booker, first.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      const once = await entryOf(patient, entry.id);
      expect(once.offer?.startsAt).toBe(at(day, '10:00'));
      await expireHold(once.offer!.holdId);
      await runJobs();
      expect((await entryOf(patient, entry.id)).status).toBe('waiting');

      await setStatus(t, booker, second.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      const twice = await entryOf(patient, entry.id);
      expect(twice.offer?.startsAt).toBe(at(day, '14:00'));
      await expireHold(twice.offer!.holdId);
      await runJobs();
      expect(await entryOf(patient, entry.id)).toEqual({ ...entry, status: 'expired', offer: null });
    });

    it('offers one freed slot to one entry at a time', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('11:00');
      const [a, b] = [await registerPatient(t), await registerPatient(t)];
      const entryA = await joined(a, { doctorId, ...window() });
      const entryB = await joined(b, { doctorId, ...window() });
      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      for (let pass = 0; pass < 3; pass += 1) {
        await runJobs();
      }
      expect((await entryOf(a, entryA.id)).status).toBe('offered');
      expect((await entryOf(b, entryB.id)).status).toBe('waiting');
      expect(await holdsOf(b)).toEqual([]);
    });

    it('releases the offer’s hold when its entry is cancelled, and the time passes to the next entry', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('15:00');
      const [a, b] = [await registerPatient(t), await registerPatient(t)];
      const entryA = await joined(a, { doctorId, ...window() });
      const entryB = await joined(b, { doctorId, ...window() });
      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      expect((await entryOf(a, entryA.id)).status).toBe('offered');
      await leave(a, entryA.id).expect(204);
      expect(await entryOf(a, entryA.id)).toEqual({ ...entryA, status: 'cancelled', offer: null });
      expect(await holdsOf(a)).toEqual([]);
      await runJobs();
      expect(await entryOf(b, entryB.id)).toMatchObject({ status: 'offered', offer: { startsAt: at(day, '15:00') } });
    });

    it('passes over a patient who holds other time, and offers within the entry’s window and duration', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('09:00');
      const extra = await book(t, booker, { doctorId, startsAt: at(day, '09:30') });
      const [busy, short, fits] = [await registerPatient(t), await registerPatient(t), await registerPatient(t)];
      const busyEntry = await joined(busy, { doctorId, ...window() });
      // Wants an hour but only half an hour of the window is freed first.
      const longEntry = await joined(short, { doctorId, ...window(), durationMinutes: 60 });
      const fitsEntry = await joined(fits, { doctorId, from: at(day, '09:00'), to: at(day, '10:00') });
      const colleague = await registerDoctor(t);
      await request(t.url)
        .post('/api/v1/appointments/holds')
        .set(busy.auth)
        .send({ doctorId: colleague.user.doctorId, startsAt: at(day, '12:00') })
        .expect(201);
      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      expect((await entryOf(busy, busyEntry.id)).status).toBe('waiting');
      expect((await entryOf(short, longEntry.id)).status).toBe('waiting');
      expect(await entryOf(fits, fitsEntry.id)).toMatchObject({
        status: 'offered',
        offer: { startsAt: at(day, '09:00'), endsAt: at(day, '09:30') },
      });
      // Freeing 09:30 gives the hour-long entry no slot of its grid: 09:00 is held, 10:00 was free already.
      await setStatus(t, booker, extra.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await runJobs();
      expect((await entryOf(short, longEntry.id)).status).toBe('waiting');
    });

    it('makes one offer when two runs match the same freed time at once', async () => {
      const { doctorId, booker, appointment } = await doctorWithBooking('16:00');
      const patients = [await registerPatient(t), await registerPatient(t), await registerPatient(t)];
      const entries = [];
      for (const patient of patients) {
        entries.push(await joined(patient, { doctorId, ...window() }));
      }
      await setStatus(t, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      // Two more matches of that time besides the one the cancellation planned: the runner runs them side by side.
      const range = { from: at(day, '16:00'), to: at(day, '16:30') };
      await t.app
        .get(JobsRepository)
        .plan([matchJob(doctorId, range.from, range.to, 'twin-1'), matchJob(doctorId, range.from, range.to, 'twin-2')]);
      await runJobs();
      const statuses = await Promise.all(
        entries.map(async (entry, i) => (await entryOf(patients[i], entry.id)).status),
      );
      expect(statuses).toEqual(['offered', 'waiting', 'waiting']);
      const holds: { n: number }[] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM appointment_holds WHERE doctor_id = $1',
        [doctorId],
      );
      expect(holds[0].n).toBe(1);
    });
  });
});

describe('Waitlist across two instances (e2e)', () => {
  // Two instances must share one database, which the in-memory embedded database cannot do.
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  const day = nextWeekday(4);
  let db: { url: string; drop(): Promise<void> };
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    db = await freshDatabase();
    const env = { JOBS_INTERVAL_MS: '3600000', HOLD_SWEEP_MS: '60000' };
    a = await startTestApp(env, db);
    b = await startTestApp(env, db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('makes one offer when both instances match the same freed time at the same moment', async () => {
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    const booker = await registerPatient(a);
    const appointment = await book(a, booker, { doctorId, startsAt: at(day, '10:00') });
    const patients = [await registerPatient(a), await registerPatient(b), await registerPatient(a)];
    for (const patient of patients) {
      await request(a.url)
        .post('/api/v1/waitlist')
        .set(patient.auth)
        .send({ doctorId, from: at(day, '09:00'), to: at(day, '17:00') })
        .expect(201);
    }
    await setStatus(b, booker, appointment.id, 'cancelled').then((res) => expect(res.status).toBe(200));
    // More matches of that time, so each instance claims some and both run at once.
    const range = { from: at(day, '10:00'), to: at(day, '10:30') };
    await a.app
      .get(JobsRepository)
      .plan(['a', 'b', 'c', 'd', 'e'].map((cause) => matchJob(doctorId, range.from, range.to, `twin-${cause}`)));
    await Promise.all([a.app.get(JobRunner).runDue(), b.app.get(JobRunner).runDue()]);
    const rows: { status: string }[] = await a.dataSource.query(
      `SELECT status FROM waitlist_entries WHERE doctor_id = $1 ORDER BY created_at`,
      [doctorId],
    );
    expect(rows.map((row) => row.status)).toEqual(['offered', 'waiting', 'waiting']);
    const holds: { n: number }[] = await a.dataSource.query(
      'SELECT count(*)::int AS n FROM appointment_holds WHERE doctor_id = $1',
      [doctorId],
    );
    expect(holds[0].n).toBe(1);
  });
});
