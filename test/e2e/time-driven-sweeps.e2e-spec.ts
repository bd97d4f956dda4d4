import type { AppointmentStatus, Notification } from '@app/contracts';
import request from 'supertest';
import { AppointmentSweeps } from '../../src/appointments/appointment-sweeps';
import { SWEEP_OVERDUE_SQL } from '../../src/appointments/appointments.repository';
import { JobRunner } from '../../src/jobs/job-runner';
import { registerDoctor, registerPatient, type Session } from '../support/factories';
import { presenceSettled, SocketPool } from '../support/realtime';
import { startTestApp, type TestApp } from '../support/test-app';

const MINUTE = 60_000;

/** An appointment of 30 minutes starting `startOffsetMinutes` from now, straight into the table (past times). */
async function insertAt(
  t: TestApp,
  patient: Session,
  doctor: Session,
  startOffsetMinutes: number,
  status: AppointmentStatus,
): Promise<string> {
  const startsAt = new Date(Date.now() + startOffsetMinutes * MINUTE);
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status)
     VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '30 minutes', 30, $4) RETURNING id`,
    [patient.user.patientId, doctor.user.doctorId, startsAt.toISOString(), status],
  );
  return rows[0].id;
}

async function statusOf(t: TestApp, id: string): Promise<{ status: string; cancellation_reason: string | null }> {
  const [row] = await t.dataSource.query('SELECT status, cancellation_reason FROM appointments WHERE id = $1', [id]);
  return row;
}

async function inbox(t: TestApp, user: Session): Promise<Notification[]> {
  const res = await request(t.url).get('/api/v1/notifications').set(user.auth).expect(200);
  return (res.body as { data: Notification[] }).data;
}

describe('Time-driven status changes (e2e)', () => {
  let t: TestApp;
  const pool = new SocketPool();

  beforeAll(async () => {
    // Defaults (no-show 30 min, complete 60 min); passes run when the test says.
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000' });
  });
  afterEach(async () => {
    pool.closeAll();
    await presenceSettled(t);
  });
  afterAll(async () => {
    pool.closeAll();
    await t?.close();
  });

  it('moves overdue appointments once, as system, with the status_changed event to both parties and their inboxes', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    const doctorSocket = await pool.connect(t.url, doctor);
    const patientSocket = await pool.connect(t.url, patient);
    const unconfirmed = await insertAt(t, patient, doctor, -1, 'pending');
    const notYet = await insertAt(t, patient, doctor, 30, 'pending');
    const missed = await insertAt(t, patient, doctor, -61, 'confirmed');
    const overrun = await insertAt(t, patient, doctor, -121, 'in_progress'); // ended 91 min ago
    // Inside their grace: started 10 min ago, ended 5 min ago (other parties, so no time overlaps).
    const late = await insertAt(t, await registerPatient(t), await registerDoctor(t), -10, 'confirmed');
    const running = await insertAt(t, await registerPatient(t), await registerDoctor(t), -35, 'in_progress');

    expect(await t.app.get(AppointmentSweeps).sweep()).toBe(3);
    expect(await t.app.get(AppointmentSweeps).sweep()).toBe(0);

    expect(await statusOf(t, unconfirmed)).toEqual({
      status: 'cancelled',
      cancellation_reason: 'not confirmed before start',
    });
    expect((await statusOf(t, missed)).status).toBe('no_show');
    expect((await statusOf(t, overrun)).status).toBe('completed');
    for (const id of [notYet, late, running]) {
      expect([id, (await statusOf(t, id)).status]).toEqual([
        id,
        id === running ? 'in_progress' : id === late ? 'confirmed' : 'pending',
      ]);
    }

    for (const { log } of [doctorSocket, patientSocket]) {
      for (const [id, previousStatus, status] of [
        [unconfirmed, 'pending', 'cancelled'],
        [missed, 'confirmed', 'no_show'],
        [overrun, 'in_progress', 'completed'],
      ] as const) {
        const event = await log.waitFor('appointment.status_changed', (payload) => payload.appointment.id === id);
        expect(event).toMatchObject({ previousStatus, status, changedBy: { id: null, role: 'system' } });
        expect(event.appointment.status).toBe(status);
      }
    }
    expect(doctorSocket.log.of('appointment.status_changed')).toHaveLength(3);
    const cancelled = doctorSocket.log
      .of('appointment.status_changed')
      .find((event) => event.appointment.id === unconfirmed)!;
    expect(cancelled.appointment).toMatchObject({
      cancellationReason: 'not confirmed before start',
      cancelledBy: null,
    });

    for (const user of [patient, doctor]) {
      const notices = (await inbox(t, user)).filter((n) => n.type === 'appointment.status_changed');
      expect(notices.map((n) => (n.data as { appointmentId: string }).appointmentId).sort()).toEqual(
        [unconfirmed, missed, overrun].sort(),
      );
    }
  });
});

/** Shared buffers a plan touched (hit or read), summed over its nodes as EXPLAIN (BUFFERS) reports them. */
interface PlanNode {
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
}

/**
 * The shared buffers one pass touches (`$1` no-show minutes, `$2` completion minutes), as `EXPLAIN (ANALYZE, BUFFERS)`
 * counts them on its top node, which includes every node below it. EXPLAIN ANALYZE runs the UPDATE: inside a
 * transaction that is rolled back, so no row moves.
 */
async function buffersOfPass(
  t: TestApp,
  noShowMinutes: number | null,
  completeMinutes: number | null,
): Promise<number> {
  const runner = t.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    const [{ 'QUERY PLAN': plan }]: { 'QUERY PLAN': [{ Plan: PlanNode }] }[] = await runner.query(
      `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${SWEEP_OVERDUE_SQL}`,
      [noShowMinutes, completeMinutes, 200, 'x'],
    );
    return (plan[0].Plan['Shared Hit Blocks'] ?? 0) + (plan[0].Plan['Shared Read Blocks'] ?? 0);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/**
 * `count` appointments of 30 minutes, one an hour, the last starting at `lastStart` (an SQL expression), all of
 * `status`, or pending and confirmed by turns.
 */
async function insertHourly(
  t: TestApp,
  patient: Session,
  doctor: Session,
  count: number,
  lastStart: string,
  status: AppointmentStatus | 'pending and confirmed',
): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status)
     SELECT $1, $2, s, s + interval '30 minutes', 30,
            CASE WHEN $4 = 'pending and confirmed' THEN (CASE WHEN extract(hour FROM s)::int % 2 = 0 THEN 'pending' ELSE 'confirmed' END)
                 ELSE $4 END
       FROM generate_series(${lastStart} - make_interval(hours => $3::int - 1), ${lastStart}, interval '1 hour') AS s`,
    [patient.user.patientId, doctor.user.doctorId, count, status],
  );
}

describe('Time-driven sweeps at scale (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a pass reads only what may be overdue, not every past appointment (its partial indexes)', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    // 20,000 past appointments that no sweep moves (completed, one an hour back from yesterday), and one overdue.
    await insertHourly(t, patient, doctor, 20_000, "now() - interval '1 day'", 'completed');
    // And 10,000 upcoming ones (pending and confirmed): the planner, taking status and start as independent, then
    // expects thousands of overdue rows, and with one scan for all three rules walks the start index from the oldest.
    await insertHourly(t, patient, doctor, 10_000, "now() + interval '10000 hours'", 'pending and confirmed');
    const overdue = await insertAt(t, patient, doctor, -70, 'confirmed');
    await t.dataSource.query('ANALYZE appointments');

    // About 55 buffers here. Walking the 20,000 past rows by start, as one scan with the rules OR-ed did, touched 645
    // (and 187,000 a pass at the bench's 200,000 appointments, where the rows of a day lie on many pages).
    const blocks = await buffersOfPass(t, 30, 60);
    expect(blocks).toBeGreaterThan(0);
    expect(blocks).toBeLessThan(200);

    expect(await t.app.get(AppointmentSweeps).sweep()).toBe(1);
    expect((await statusOf(t, overdue)).status).toBe('no_show');
  });

  it('with the no-show sweep off, the pending sweep does not walk the past confirmed appointments it leaves', async () => {
    // Nothing moves past confirmed appointments then: 10,000 of them stay among the pending and confirmed rows.
    await insertHourly(
      t,
      await registerPatient(t),
      await registerDoctor(t),
      10_000,
      "now() - interval '2 days'",
      'confirmed',
    );
    await t.dataSource.query('ANALYZE appointments');
    // With one index of pending and confirmed rows by start, the pending sweep walked all 10,000 (227 buffers) before
    // finding none; about 3 now.
    const blocks = await buffersOfPass(t, null, 60);
    expect(blocks).toBeGreaterThan(0);
    expect(blocks).toBeLessThan(100);
  });
});

describe('Time-driven status changes, configured (e2e)', () => {
  it('runs by itself every JOBS_INTERVAL_MS; 0 means at once, an empty value turns a sweep off', async () => {
    const t = await startTestApp({ JOBS_INTERVAL_MS: '200', AUTO_NO_SHOW_MINUTES: '0', AUTO_COMPLETE_MINUTES: '' });
    try {
      const doctor = await registerDoctor(t);
      const patient = await registerPatient(t);
      const started = await insertAt(t, patient, doctor, -1, 'confirmed');
      const longOver = await insertAt(t, patient, doctor, -24 * 60, 'in_progress');
      const deadline = Date.now() + 30_000;
      while ((await statusOf(t, started)).status !== 'no_show' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await statusOf(t, started)).status).toBe('no_show');
      await t.app.get(JobRunner).runDue();
      expect((await statusOf(t, longOver)).status).toBe('in_progress');
    } finally {
      await t.close();
    }
  });
});
