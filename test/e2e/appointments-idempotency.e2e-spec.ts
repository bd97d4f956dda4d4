import { EventEmitter2 } from '@nestjs/event-emitter';
import { Client } from 'pg';
import request from 'supertest';
import { ExpiredRowsSweeper } from '../../src/database/expired-rows.sweeper';
import { requestHashOf } from '../../src/idempotency/idempotency';
import { at, book, bookRequest, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import { registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Appointments: Idempotency-Key (e2e)', () => {
  let t: TestApp;
  const day = nextWeekday(2);

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  async function countFor(doctor: Session): Promise<number> {
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM appointments WHERE doctor_id = $1',
      [doctor.user.doctorId],
    );
    return rows[0].n;
  }

  interface KeyRow {
    request_hash: string;
    response_status: number | null;
    response_body: { code?: string; id?: string } | null;
  }

  async function keyRow(session: Session, key: string): Promise<KeyRow | undefined> {
    const rows: KeyRow[] = await t.dataSource.query(
      'SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [session.user.id, key],
    );
    return rows[0];
  }

  /** The hash a patient's booking of `body` is stored under (defaults filled in, as the service does). */
  function hashOf(body: { doctorId: string | null; startsAt: string; reason?: string }): string {
    return requestHashOf('POST /appointments', {
      doctorId: body.doctorId,
      patientId: null,
      startsAt: body.startsAt,
      durationMinutes: 30,
      reason: body.reason ?? null,
    });
  }

  /**
   * PostgreSQL only: parks every appointment INSERT with this reason inside its transaction (a trigger waits for
   * an advisory lock this test holds on its own connection), so a request is really in flight until `release`.
   */
  async function parkInserts(reason: string): Promise<{ waiting(): Promise<void>; release(): Promise<void> }> {
    const gate = 0x7e57_9a7e;
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1::bigint)', [gate]);
    await t.dataSource.query(`
      CREATE FUNCTION test_park_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.reason = '${reason}' THEN PERFORM pg_advisory_xact_lock(${gate}::bigint); END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      'CREATE TRIGGER test_park_insert BEFORE INSERT ON appointments FOR EACH ROW EXECUTE FUNCTION test_park_insert()',
    );
    let released = false;
    return {
      waiting: async () => {
        for (let tries = 0; tries < 200; tries += 1) {
          const rows: { n: number }[] = await t.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 0 AND objid = $1 AND objsubid = 1`,
            [gate],
          );
          if (rows[0].n > 0) {
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error('the parked request never reached its INSERT');
      },
      release: async () => {
        if (released) {
          return;
        }
        released = true;
        await holder.query('SELECT pg_advisory_unlock($1::bigint)', [gate]);
        await holder.end();
        await t.dataSource.query('DROP TRIGGER test_park_insert ON appointments');
        await t.dataSource.query('DROP FUNCTION test_park_insert()');
      },
    };
  }

  it('answers a repeat with the first answer and books nothing new', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const created: unknown[] = [];
    const listener = (event: unknown) => created.push(event);
    const emitter = t.app.get(EventEmitter2);
    emitter.on('appointment.created', listener);
    try {
      const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00'), reason: 'Checkup' };
      const first = await bookRequest(t, patient, body, 'key-replay').expect(201);
      // Same request written differently: other key order, the same instant with another offset.
      const again = await bookRequest(
        t,
        patient,
        {
          reason: 'Checkup',
          startsAt: at(day, '10:00').replace('T10:00:00.000Z', 'T11:00:00+01:00'),
          doctorId: body.doctorId,
        },
        'key-replay',
      ).expect(201);
      expect(again.body).toEqual(first.body);
      expect(await countFor(doctor)).toBe(1);
      expect(created).toHaveLength(1);
    } finally {
      emitter.off('appointment.created', listener);
    }
  });

  it('replays a first answer that was an error, even once the error no longer applies', async () => {
    const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const doctor = await registerDoctor(t);
    const blocking = await book(t, other, { doctorId: doctor.user.doctorId, startsAt: at(day, '11:00') });
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '11:00') };
    const first = await bookRequest(t, patient, body, 'key-conflict').expect(409);
    expect(first.body.code).toBe('APPOINTMENT_CONFLICT');
    // Stored by the refused booking's own transaction, the very answer it gave.
    expect(await keyRow(patient, 'key-conflict')).toEqual({
      request_hash: hashOf(body),
      response_status: 409,
      response_body: first.body,
    });
    expect((await setStatus(t, other, blocking.id, 'cancelled')).status).toBe(200);
    const again = await bookRequest(t, patient, body, 'key-conflict').expect(409);
    expect(again.body).toEqual(first.body);
    expect(await countFor(doctor)).toBe(1);

    const outside = { doctorId: doctor.user.doctorId, startsAt: at(day, '18:00') };
    const refused = await bookRequest(t, patient, outside, 'key-hours').expect(422);
    const replayed = await bookRequest(t, patient, outside, 'key-hours').expect(422);
    expect(replayed.body).toEqual(refused.body);
    expect(replayed.body.code).toBe('OUTSIDE_WORKING_HOURS');
  });

  it('replays refusals decided before any booking read: 403, 404 and the booking limit', async () => {
    const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const doctor = await registerDoctor(t);
    const forOther = { doctorId: doctor.user.doctorId, startsAt: at(day, '09:00'), patientId: other.user.patientId };
    const refused = await bookRequest(t, patient, forOther, 'key-403').expect(403);
    expect((await bookRequest(t, patient, forOther, 'key-403').expect(403)).body).toEqual(refused.body);
    expect(await keyRow(patient, 'key-403')).toMatchObject({ response_status: 403 });

    const unknown = { doctorId: '00000000-0000-4000-8000-000000000000', startsAt: at(day, '09:00') };
    const missing = await bookRequest(t, patient, unknown, 'key-404').expect(404);
    expect(missing.body.code).toBe('DOCTOR_NOT_FOUND');
    expect((await bookRequest(t, patient, unknown, 'key-404').expect(404)).body).toEqual(missing.body);
    expect(await countFor(doctor)).toBe(0);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body, and books nothing', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '12:00') }, 'key-reuse').expect(
      201,
    );
    const res = await bookRequest(
      t,
      patient,
      { doctorId: doctor.user.doctorId, startsAt: at(day, '13:00') },
      'key-reuse',
    ).expect(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countFor(doctor)).toBe(1);
  });

  it('scopes keys to the user: another user with the same key books on their own', async () => {
    const [first, second] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const doctor = await registerDoctor(t);
    const a = await bookRequest(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '09:00') }, 'shared');
    const b = await bookRequest(t, second, { doctorId: doctor.user.doctorId, startsAt: at(day, '09:30') }, 'shared');
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('leaves a fresh unanswered row alone (a request still running on an instance of the earlier protocol)', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '13:30') };
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at) VALUES ($1, 'key-running', 'old', now() + interval '1 day')`,
      [patient.user.id],
    );
    const res = await bookRequest(t, patient, body, 'key-running').expect(409);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(await countFor(doctor)).toBe(0);
  });

  it('takes over an unanswered row once it is 60 s old: only the earlier two-transaction protocol left such rows', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') };
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at, expires_at)
       VALUES ($1, 'key-legacy', 'old', now() - interval '61 seconds', now() + interval '1 day')`,
      [patient.user.id],
    );
    const taken = await bookRequest(t, patient, body, 'key-legacy').expect(201);
    const replay = await bookRequest(t, patient, body, 'key-legacy').expect(201);
    expect(replay.body).toEqual(taken.body);
    expect(await keyRow(patient, 'key-legacy')).toMatchObject({ response_status: 201, request_hash: hashOf(body) });
    expect(await countFor(doctor)).toBe(1);
  });

  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to hold a first request in flight', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
  } else {
    it('answers 409 IDEMPOTENCY_KEY_IN_USE at once while the first request with the key runs, and books once', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00'), reason: 'parked-in-use' };
      const parked = await parkInserts('parked-in-use');
      try {
        const first = bookRequest(t, patient, body, 'key-overlap').then((res) => res);
        await parked.waiting();
        // Not blocked behind the first request: the answer comes while the first one is still parked.
        const second = await bookRequest(t, patient, body, 'key-overlap').expect(409);
        expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
        const other = await bookRequest(t, patient, { ...body, startsAt: at(day, '15:30') }, 'key-overlap').expect(409);
        expect(other.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
        await parked.release();
        const booked = await first;
        expect(booked.status).toBe(201);
        const replay = await bookRequest(t, patient, body, 'key-overlap').expect(201);
        expect(replay.body).toEqual(booked.body);
      } finally {
        await parked.release();
      }
      expect(await countFor(doctor)).toBe(1);
    });
  }

  it('books once per key when requests with one key race, each answering 201 with the same body or 409', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const times = ['09:00', '10:00', '11:00', '12:00'];
    for (const time of times) {
      const body = { doctorId: doctor.user.doctorId, startsAt: at(weekdayAfter(day, 1), time) };
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => bookRequest(t, patient, body, `key-race-${time}`)),
      );
      const booked = answers.filter((a) => a.status === 201);
      expect(booked.length).toBeGreaterThanOrEqual(1);
      expect(new Set(booked.map((a) => a.body.id)).size).toBe(1);
      for (const busy of answers.filter((a) => a.status !== 201)) {
        expect(busy.status).toBe(409);
        expect(busy.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      }
    }
    expect(await countFor(doctor)).toBe(times.length);
  });

  it('answers every one of many simultaneous repeats of an answered key with the first answer', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '16:00') };
    const first = await bookRequest(t, patient, body, 'key-repeats').expect(201);
    const repeats = await Promise.all(Array.from({ length: 12 }, () => bookRequest(t, patient, body, 'key-repeats')));
    expect(repeats.map((r) => r.status)).toEqual(repeats.map(() => 201));
    for (const repeat of repeats) {
      expect(repeat.body).toEqual(first.body);
    }
    expect(await countFor(doctor)).toBe(1);
  });

  it('keeps no server error: the claim rolls back with the booking, and a retry with the key runs again', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '16:30'), reason: 'fails-once' };
    await t.dataSource.query(`
      CREATE FUNCTION test_fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.reason = 'fails-once' THEN RAISE EXCEPTION 'database hiccup'; END IF;
        RETURN NEW;
      END $$`);
    await t.dataSource.query(
      `CREATE TRIGGER test_fail_insert BEFORE INSERT ON appointments FOR EACH ROW EXECUTE FUNCTION test_fail_insert()`,
    );
    try {
      const failed = await bookRequest(t, patient, body, 'key-500').expect(500);
      expect(failed.body.code).toBe('INTERNAL_ERROR');
      expect(JSON.stringify(failed.body)).not.toContain('hiccup');
      expect(await keyRow(patient, 'key-500')).toBeUndefined();
    } finally {
      await t.dataSource.query('DROP TRIGGER test_fail_insert ON appointments');
      await t.dataSource.query('DROP FUNCTION test_fail_insert()');
    }
    await bookRequest(t, patient, body, 'key-500').expect(201);
    expect(await countFor(doctor)).toBe(1);
  });

  it('forgets a key after 24 hours', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '16:00') }, 'key-old').expect(
      201,
    );
    await t.dataSource.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND key = 'key-old'`,
      [patient.user.id],
    );
    const fresh = await bookRequest(
      t,
      patient,
      { doctorId: doctor.user.doctorId, startsAt: at(day, '16:30') },
      'key-old',
    ).expect(201);
    expect(fresh.body.startsAt).toBe(at(day, '16:30'));
    expect(await countFor(doctor)).toBe(2);
    // The expired row was taken over in place by the new request, with its own answer.
    const row = await keyRow(patient, 'key-old');
    expect(row).toMatchObject({ request_hash: hashOf({ doctorId: doctor.user.doctorId, startsAt: at(day, '16:30') }) });
    expect(row?.response_body?.id).toBe(fresh.body.id);
  });

  it('lets an expired key whose first answer was an error book anew', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '18:00') };
    await bookRequest(t, patient, body, 'key-old-error').expect(422);
    await t.dataSource.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND key = 'key-old-error'`,
      [patient.user.id],
    );
    const inHours = { doctorId: doctor.user.doctorId, startsAt: at(day, '11:30') };
    await bookRequest(t, patient, inHours, 'key-old-error').expect(201);
    expect(await keyRow(patient, 'key-old-error')).toMatchObject({
      response_status: 201,
      request_hash: hashOf(inHours),
    });
  });

  it('deletes expired keys in the background and keeps the others', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '12:30') }, 'key-kept').expect(
      201,
    );
    await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '13:00') }, 'key-gone').expect(
      201,
    );
    await t.dataSource.query(
      `UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND key = 'key-gone'`,
      [patient.user.id],
    );
    expect((await t.app.get(ExpiredRowsSweeper).sweep()).idempotency_keys).toBeGreaterThanOrEqual(1);
    expect(await keyRow(patient, 'key-gone')).toBeUndefined();
    expect(await keyRow(patient, 'key-kept')).toMatchObject({ response_status: 201 });
  });

  it('refuses a key longer than 255 characters with 400 and accepts one of 255', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '13:30') };
    const res = await bookRequest(t, patient, body, 'k'.repeat(256)).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'Idempotency-Key' }] });
    expect(await countFor(doctor)).toBe(0);
    await bookRequest(t, patient, body, 'k'.repeat(255)).expect(201);
  });

  it('documents the header in the OpenAPI document', async () => {
    const doc = await request(t.url).get('/docs-json').expect(200);
    const parameters: { name: string; in: string }[] = doc.body.paths['/api/v1/appointments'].post.parameters;
    expect(parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
    );
  });
});
