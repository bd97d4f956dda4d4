import type { Appointment, AppointmentReminderEvent, Notification } from '@app/contracts';
import { join } from 'node:path';
import request from 'supertest';
import { JobRunner } from '../../src/jobs/job-runner';
import { at, book, nextWeekday, setStatus, SlotClock } from '../support/appointments';
import { eventually } from '../support/eventually';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { jobRows } from '../support/jobs';
import { freePort, spawnApp } from '../support/process';
import { presenceSettled, SocketPool } from '../support/realtime';
import { freshDatabase, startTestApp, testEnv, type TestApp } from '../support/test-app';

const KIND = 'appointment.reminder';
/** A 30-day lead (its time has passed for every appointment these tests book) and a one-hour lead. */
const LEADS = { REMINDER_LEAD_MINUTES: '43200,60', MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' };

/** The reminder jobs' time is made to come now (the appointments themselves stay days ahead). */
async function makeRemindersDue(t: Pick<TestApp, 'dataSource'>): Promise<void> {
  await t.dataSource.query(`UPDATE jobs SET run_at = now() - interval '1 second' WHERE kind = $1`, [KIND]);
}

async function reminders(t: TestApp, user: Session): Promise<Notification[]> {
  const res = await request(t.url).get('/api/v1/notifications').query({ limit: 100 }).set(user.auth).expect(200);
  return (res.body as { data: Notification[] }).data.filter((notification) => notification.type === KIND);
}

/** Stored reminders per appointment id (both parties' copies), straight from the table. */
async function storedReminders(t: Pick<TestApp, 'dataSource'>): Promise<Map<string, number>> {
  const rows: { appointment_id: string; count: number }[] = await t.dataSource.query(
    `SELECT data->>'appointmentId' AS appointment_id, count(*)::int AS count FROM notifications
      WHERE type = $1 GROUP BY 1`,
    [KIND],
  );
  return new Map(rows.map((row) => [row.appointment_id, row.count]));
}

function reschedule(t: TestApp, session: Session, id: string, startsAt: string) {
  return request(t.url).patch(`/api/v1/appointments/${id}`).set(session.auth).send({ startsAt });
}

describe('Appointment reminders (e2e)', () => {
  let t: TestApp;
  let runner: JobRunner;
  const pool = new SocketPool();

  beforeAll(async () => {
    // Passes are run by the tests (runDue), not by the clock.
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', ...LEADS });
    runner = t.app.get(JobRunner);
    await runner.runDue();
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  it('plans one job per lead whose time is after the booking, and sends it once to both parties, in the doctor’s time zone', async () => {
    const doctor = await registerDoctor(t, { fullName: 'Dr Arjun Rao' }, { timezone: 'Asia/Kolkata' });
    const patient = await registerPatient(t, { fullName: 'Meera Shah' });
    const startsAt = at(nextWeekday(3), '10:00'); // 15:30 IST
    const booked = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt, durationMinutes: 30 });

    // The 30-day lead's time came before the booking: no job for it.
    const planned = (await jobRows(t, KIND)).filter((row) => row.dedupe_key.includes(booked.id));
    expect(planned.map((row) => [row.status, row.run_at.toISOString()])).toEqual([
      ['queued', new Date(Date.parse(startsAt) - 60 * 60_000).toISOString()],
    ]);

    const doctorSocket = await pool.connect(t.url, doctor);
    const patientSocket = await pool.connect(t.url, patient);
    await makeRemindersDue(t);
    expect(await runner.runDue()).toBeGreaterThanOrEqual(1);
    expect(await runner.runDue()).toBe(0);

    const isOurs = (event: AppointmentReminderEvent) => event.appointment.id === booked.id;
    for (const socket of [doctorSocket, patientSocket]) {
      const event = await socket.log.waitFor('appointment.reminder', isOurs);
      expect(event).toEqual({
        appointment: expect.objectContaining({ id: booked.id, startsAt: booked.startsAt, status: 'pending' }),
        minutesBefore: 60,
      });
      expect(Object.keys(event).sort()).toEqual(['appointment', 'minutesBefore']);
    }
    for (const user of [doctor, patient]) {
      const stored = await reminders(t, user);
      expect(stored).toEqual([
        expect.objectContaining({
          type: KIND,
          title: 'Appointment reminder',
          body: expect.stringContaining('15:30 IST, in 1 hour'),
          data: { appointmentId: booked.id, status: 'pending', minutesBefore: 60 },
        }),
      ]);
    }
    expect(patientSocket.log.of('appointment.reminder').filter(isOurs)).toHaveLength(1);
  });

  it('drops the reminders of an appointment cancelled before their time, and sends nothing', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    const booked = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(nextWeekday(4), '11:00'),
      durationMinutes: 30,
    });
    expect((await jobRows(t, KIND)).filter((row) => row.dedupe_key.includes(booked.id))).toHaveLength(1);
    expect((await setStatus(t, patient, booked.id, 'cancelled')).status).toBe(200);
    // Dropped with the cancellation, in its transaction.
    expect((await jobRows(t, KIND)).filter((row) => row.dedupe_key.includes(booked.id))).toEqual([]);
    const socket = await pool.connect(t.url, patient);
    await makeRemindersDue(t);
    await runner.runDue();
    expect(await reminders(t, patient)).toEqual([]);
    expect(await reminders(t, doctor)).toEqual([]);
    expect(socket.log.of('appointment.reminder')).toEqual([]);
  });

  it('re-plans the reminders of a moved appointment: the old time’s are not sent, the new time’s are', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    const day = nextWeekday(5);
    const booked = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '09:00'),
      durationMinutes: 30,
    });
    const moved = (await reschedule(t, patient, booked.id, at(day, '14:00')).expect(200)).body as Appointment;
    // A change that does not move the start plans nothing more.
    await request(t.url).patch(`/api/v1/appointments/${booked.id}`).set(patient.auth).send({ reason: 'Back pain' });
    // The old start's reminder was dropped with the move; the new start's was planned with it.
    const jobs = (await jobRows(t, KIND)).filter((row) => row.dedupe_key.includes(booked.id));
    expect(jobs.map((row) => row.run_at.toISOString())).toEqual([new Date(at(day, '13:00')).toISOString()]);
    const socket = await pool.connect(t.url, patient);
    await makeRemindersDue(t);
    await runner.runDue();
    expect(
      (await jobRows(t, KIND)).filter((row) => row.dedupe_key.includes(booked.id)).map((row) => row.status),
    ).toEqual(['succeeded']);
    const stored = await reminders(t, patient);
    expect(stored).toHaveLength(1);
    expect(stored[0].body).toContain('14:00 UTC');
    const event = await socket.log.waitFor('appointment.reminder');
    expect(event.appointment.startsAt).toBe(moved.startsAt);
    expect(socket.log.of('appointment.reminder')).toHaveLength(1);
  });

  it('sends a reminder whose time passed while the service was down on return, but not once the appointment has started', async () => {
    const doctor = await registerDoctor(t);
    const [late, started] = [await registerPatient(t), await registerPatient(t)];
    const clock = new SlotClock(nextWeekday(6));
    const lateOne = await book(t, late, {
      doctorId: doctor.user.doctorId,
      startsAt: clock.next(),
      durationMinutes: 30,
    });
    const startedOne = await book(t, started, {
      doctorId: doctor.user.doctorId,
      startsAt: clock.next(),
      durationMinutes: 30,
    });
    // The reminder of `lateOne` fell due 50 minutes ago; `startedOne` (and its planned start) began a minute ago.
    await t.dataSource.query(`UPDATE jobs SET run_at = now() - interval '50 minutes' WHERE dedupe_key LIKE $1`, [
      `%${lateOne.id}%`,
    ]);
    await t.dataSource.query(
      `UPDATE appointments SET starts_at = now() - interval '1 minute', ends_at = now() + interval '29 minutes',
              blocked_from = NULL, blocked_to = NULL WHERE id = $1`,
      [startedOne.id],
    );
    const [{ starts_at: startedAt }] = await t.dataSource.query('SELECT starts_at FROM appointments WHERE id = $1', [
      startedOne.id,
    ]);
    await t.dataSource.query(
      `UPDATE jobs SET run_at = now() - interval '61 minutes', payload = jsonb_set(payload, '{startsAt}', to_jsonb($2::text))
        WHERE dedupe_key LIKE $1`,
      [`%${startedOne.id}%`, (startedAt as Date).toISOString()],
    );
    await runner.runDue();
    expect((await reminders(t, late)).map((n) => n.data)).toEqual([
      { appointmentId: lateOne.id, status: 'pending', minutesBefore: 60 },
    ]);
    expect(await reminders(t, started)).toEqual([]);
  });

  it('plans the reminders of every occurrence of a series with it', async () => {
    const admin = await loginAdmin(t);
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    const res = await request(t.url)
      .post('/api/v1/appointments/series')
      .set(admin.auth)
      .send({
        doctorId: doctor.user.doctorId,
        patientId: patient.user.patientId,
        startsAt: at(nextWeekday(8), '16:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 26 },
      })
      .expect(201);
    const ids = (res.body as { appointments: Appointment[] }).appointments.map((a) => a.id);
    const planned = (await jobRows(t, KIND)).filter((row) => ids.some((id) => row.dedupe_key.includes(id)));
    // 26 one-hour reminders; the 30-day lead only for the occurrences more than 30 days ahead.
    const later = (res.body as { appointments: Appointment[] }).appointments.filter(
      (a) => Date.parse(a.startsAt) - 43200 * 60_000 > Date.parse(a.updatedAt),
    );
    expect(planned).toHaveLength(26 + later.length);
    expect(later.length).toBeGreaterThan(0);
  });
});

describe('Reminders with several instances and across a restart (e2e)', () => {
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  /** `count` appointments (25 per series, one series per doctor) booked by an admin; answers their ids. */
  async function bookMany(t: TestApp, count: number): Promise<string[]> {
    const admin = await loginAdmin(t);
    const patient = await registerPatient(t);
    const ids: string[] = [];
    for (let left = count; left > 0; left -= 25) {
      const doctor = await registerDoctor(t);
      const res = await request(t.url)
        .post('/api/v1/appointments/series')
        .set(admin.auth)
        .send({
          doctorId: doctor.user.doctorId,
          patientId: patient.user.patientId,
          startsAt: at(nextWeekday(3), `${String(9 + ids.length / 25).padStart(2, '0')}:00`),
          recurrence: { frequency: 'weekly', interval: 1, count: Math.min(25, left) },
        })
        .expect(201);
      ids.push(...(res.body as { appointments: Appointment[] }).appointments.map((a) => a.id));
    }
    return ids;
  }

  function expectOncePerParty(stored: Map<string, number>, ids: string[]): void {
    expect(ids.filter((id) => stored.get(id) !== 2)).toEqual([]);
    expect(stored.size).toBe(ids.length);
  }

  it('sends each reminder once while two instances run their jobs', async () => {
    const db = await freshDatabase();
    const a = await startTestApp({ ...LEADS, JOBS_INTERVAL_MS: '100', REMINDER_LEAD_MINUTES: '60' }, db);
    const b = await startTestApp({ ...LEADS, JOBS_INTERVAL_MS: '100', REMINDER_LEAD_MINUTES: '60' }, db);
    try {
      const ids = await bookMany(a, 100);
      await makeRemindersDue(a);
      const rows = await eventually(
        async () => jobRows(a, KIND),
        (jobs) => jobs.every((job) => job.status === 'succeeded'),
        60_000,
      );
      expect(rows.filter((job) => job.status !== 'succeeded')).toEqual([]);
      expectOncePerParty(await storedReminders(a), ids);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  }, 120_000);

  it('sends each reminder once when the instance running them is killed in the middle and another takes over', async () => {
    const db = await freshDatabase();
    const b = await startTestApp({ ...LEADS, JOBS_INTERVAL_MS: '3600000', REMINDER_LEAD_MINUTES: '60' }, db);
    try {
      await b.app.get(JobRunner).runDue();
      const ids = await bookMany(b, 50);
      await makeRemindersDue(b);
      // A real process takes the due reminders at start, 20 per claim: it sends the first 20 and dies holding the next.
      const child = spawnApp(
        testEnv(db.url, {
          JOBS_INTERVAL_MS: '200',
          REMINDER_LEAD_MINUTES: '60',
          PORT: String(await freePort()),
          LOG_LEVEL: 'silent',
        }),
        [join(__dirname, '..', 'support', 'die-at-second-claim.js')],
      );
      const exit = await Promise.race([
        child.exited,
        new Promise((resolve) => setTimeout(() => resolve('alive'), 90_000).unref()),
      ]);
      if (exit === 'alive') {
        child.child.kill('SIGKILL');
      }
      expect({ exit, output: exit === null ? '' : child.output() }).toEqual({ exit: null, output: '' });
      const statuses = (await jobRows(b, KIND)).map((job) => job.status);
      expect([
        statuses.filter((s) => s === 'succeeded').length,
        statuses.filter((s) => s === 'running').length,
        statuses.filter((s) => s === 'queued').length,
      ]).toEqual([20, 20, 10]);
      expect([...(await storedReminders(b)).values()].reduce((sum, n) => sum + n, 0)).toBe(40);

      // Started again (this instance's next passes): the rest once their leases run out, and nothing twice.
      const rows = await eventually(
        async () => {
          await b.app.get(JobRunner).runDue();
          return jobRows(b, KIND);
        },
        (jobs) => jobs.every((job) => job.status === 'succeeded'),
        30_000,
        200,
      );
      expect(rows.filter((job) => job.status !== 'succeeded')).toEqual([]);
      expectOncePerParty(await storedReminders(b), ids);
    } finally {
      await b.close();
      await db.drop();
    }
  }, 180_000);
});
