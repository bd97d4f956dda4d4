import { Client } from 'pg';
import { EventRelay } from '../../src/outbox/event-relay';
import { at, bookRequest, nextWeekday } from '../support/appointments';
import { registerDoctor, registerPatient } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/** Every statement any pg client sends (PostgreSQL and the PGlite adapter both go through `pg.Client`). */
function recordStatements(): { statements(): string[]; stop(): void } {
  const spy = jest.spyOn(Client.prototype, 'query');
  return {
    statements: () =>
      spy.mock.calls.map(([first]: unknown[]) => {
        const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
        return text.replace(/\s+/g, ' ').trim();
      }),
    stop: () => spy.mockRestore(),
  };
}

/** The statements from the first BEGIN to its COMMIT or ROLLBACK, and how many transactions there were. */
function transactionOf(statements: string[]): { transactions: number; inside: string[] } {
  const begins = statements.filter((s) => s === 'START TRANSACTION' || s === 'BEGIN').length;
  const start = statements.findIndex((s) => s === 'START TRANSACTION' || s === 'BEGIN');
  const end = statements.findIndex((s, i) => i > start && (s === 'COMMIT' || s === 'ROLLBACK'));
  return { transactions: begins, inside: statements.slice(start, end + 1) };
}

describe('Appointments: database round trips of a booking (e2e)', () => {
  let t: TestApp;
  const day = nextWeekday(3);

  beforeAll(async () => {
    // The relay's look for leftovers and the hold-expiry sweep run once a minute here, so none of their statements
    // lands among a booking's (on a loaded machine a booking outlasted the sweep's one second).
    t = await startTestApp({ OUTBOX_POLL_MS: '60000', HOLD_SWEEP_MS: '60000', JOBS_INTERVAL_MS: '3600000' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function booking(key?: string, time = '10:00'): Promise<{ status: number; statements: string[] }> {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, time) };
    // Warm the caller's authentication, so only the booking's own statements are left to see.
    await bookRequest(t, patient, { ...body, startsAt: at(day, '16:30') }).expect(201);
    // ...and let the event relay delete that booking's outbox row, which it does in the background.
    await t.app.get(EventRelay).settled();
    const recording = recordStatements();
    try {
      const res = await bookRequest(t, patient, body, key);
      return { status: res.status, statements: recording.statements() };
    } finally {
      recording.stop();
    }
  }

  it("books without a key in one transaction of five statements, the parties' notifications, reminders and webhook deliveries in one of them", async () => {
    const { status, statements } = await booking();
    expect(status).toBe(201);
    const { transactions, inside } = transactionOf(statements);
    expect(transactions).toBe(1);
    expect(inside).toEqual([
      'START TRANSACTION',
      expect.stringMatching(/^SELECT pg_advisory_xact_lock\(/),
      expect.stringMatching(/INSERT INTO appointments/),
      expect.stringMatching(
        /^WITH w0 AS \(INSERT INTO jobs .*w1 AS \(INSERT INTO notifications .*w2 AS \(INSERT INTO webhook_deliveries /,
      ),
      'COMMIT',
    ]);
    // Nothing before or after it: the caller is remembered, and the notifications commit with the booking.
    expect(statements).toEqual(inside);
  });

  it('books with a key in one transaction of five statements, the claim and the answer included', async () => {
    const { status, statements } = await booking('round-trips-key');
    expect(status).toBe(201);
    const { transactions, inside } = transactionOf(statements);
    expect(transactions).toBe(1);
    expect(inside).toEqual([
      'START TRANSACTION',
      expect.stringMatching(/pg_try_advisory_xact_lock.*INSERT INTO idempotency_keys.*pg_advisory_xact_lock/),
      expect.stringMatching(/INSERT INTO appointments.*UPDATE idempotency_keys/),
      expect.stringMatching(
        /^WITH w0 AS \(INSERT INTO jobs .*w1 AS \(INSERT INTO notifications .*w2 AS \(INSERT INTO webhook_deliveries /,
      ),
      'COMMIT',
    ]);
    expect(statements).toEqual(inside);
  });

  it("rolls the whole booking back when its listeners' batched statement fails, and a retry with the key books", async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '12:00') };
    // The batch's notifications entry fails, as a constraint or a full disk would.
    await t.dataSource.query(`CREATE FUNCTION refuse_notification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'notifications refused'; END $$`);
    await t.dataSource.query(
      'CREATE TRIGGER refuse_notification BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION refuse_notification()',
    );
    try {
      const failed = await bookRequest(t, patient, body, 'round-trips-batch-fails');
      expect(failed.status).toBe(500);
      const [left] = await t.dataSource.query<{ appointments: number; jobs: number; keys: number; outbox: number }[]>(
        `SELECT (SELECT count(*) FROM appointments WHERE patient_id = $1::uuid)::int AS appointments,
                (SELECT count(*) FROM jobs j JOIN appointments a ON a.id::text = j.payload->>'appointmentId'
                  WHERE a.patient_id = $1::uuid)::int AS jobs,
                (SELECT count(*) FROM idempotency_keys WHERE key = 'round-trips-batch-fails')::int AS keys,
                (SELECT count(*) FROM outbox_events WHERE payload->'appointment'->>'patientId' = $1::text)::int AS outbox`,
        [patient.user.patientId],
      );
      expect(left).toEqual({ appointments: 0, jobs: 0, keys: 0, outbox: 0 });
    } finally {
      await t.dataSource.query('DROP TRIGGER refuse_notification ON notifications');
      await t.dataSource.query('DROP FUNCTION refuse_notification()');
    }
    const retried = await bookRequest(t, patient, body, 'round-trips-batch-fails').expect(201);
    const [stored] = await t.dataSource.query<{ notifications: number; jobs: number }[]>(
      `SELECT (SELECT count(*) FROM notifications WHERE data->>'appointmentId' = $1)::int AS notifications,
              (SELECT count(*) FROM jobs WHERE payload->>'appointmentId' = $1)::int AS jobs`,
      [(retried.body as { id: string }).id],
    );
    expect(stored.notifications).toBe(2);
    expect(stored.jobs).toBeGreaterThan(0);
  });

  it('replays a key in one transaction of three statements', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '11:00') };
    const first = await bookRequest(t, patient, body, 'round-trips-replay').expect(201);
    await t.app.get(EventRelay).settled();
    const recording = recordStatements();
    let statements: string[];
    try {
      const again = await bookRequest(t, patient, body, 'round-trips-replay').expect(201);
      expect(again.body).toEqual(first.body);
      statements = recording.statements();
    } finally {
      recording.stop();
    }
    const { transactions, inside } = transactionOf(statements);
    expect(transactions).toBe(1);
    expect(inside).toEqual(['START TRANSACTION', expect.stringMatching(/pg_try_advisory_xact_lock/), 'COMMIT']);
  });
});
