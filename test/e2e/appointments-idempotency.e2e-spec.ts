import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import { IdempotencyService, requestHashOf } from '../../src/appointments/idempotency.service';
import { AvailabilityService } from '../../src/doctors/availability.service';
import { at, book, bookRequest, nextWeekday, setStatus } from '../support/appointments';
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

  it('answers 409 IDEMPOTENCY_KEY_IN_USE while the first request with the key is running', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') };
    const hash = requestHashOf('POST /appointments', {
      doctorId: body.doctorId,
      patientId: null,
      startsAt: body.startsAt,
      durationMinutes: 30,
      reason: null,
    });
    // A first request in flight: its key is claimed, its answer not yet written.
    await t.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at) VALUES ($1, 'key-busy', $2, now() + interval '1 day')`,
      [patient.user.id, hash],
    );
    const busy = await bookRequest(t, patient, body, 'key-busy').expect(409);
    expect(busy.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(await countFor(doctor)).toBe(0);

    // A claim older than a minute without an answer belongs to a request that died: the key works again.
    await t.dataSource.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '2 minutes' WHERE user_id = $1 AND key = 'key-busy'`,
      [patient.user.id],
    );
    const taken = await bookRequest(t, patient, body, 'key-busy').expect(201);
    const replay = await bookRequest(t, patient, body, 'key-busy').expect(201);
    expect(replay.body).toEqual(taken.body);
  });

  it('gives one 201 and one 409 to two overlapping requests with one key, and books once', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00') };
    // Park the first request right after it claimed the key, so the second surely arrives while it runs.
    const idempotency = t.app.get(IdempotencyService);
    const claim = idempotency.claim.bind(idempotency);
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let signalClaimed!: () => void;
    const claimed = new Promise<void>((resolve) => (signalClaimed = resolve));
    jest.spyOn(idempotency, 'claim').mockImplementationOnce(async (...args) => {
      const result = await claim(...args);
      signalClaimed();
      await gate;
      return result;
    });
    const first = bookRequest(t, patient, body, 'key-overlap').then((res) => res);
    await claimed;
    const second = await bookRequest(t, patient, body, 'key-overlap').expect(409);
    expect(second.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    openGate();
    expect((await first).status).toBe(201);
    expect(await countFor(doctor)).toBe(1);
  });

  it('books once when two requests with one key race, each answering 201 with the same body or 409', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '15:30') };
    const answers = await Promise.all([
      bookRequest(t, patient, body, 'key-race'),
      bookRequest(t, patient, body, 'key-race'),
    ]);
    const booked = answers.filter((a) => a.status === 201);
    expect(booked.length).toBeGreaterThanOrEqual(1);
    expect(new Set(booked.map((a) => a.body.id)).size).toBe(1);
    for (const busy of answers.filter((a) => a.status !== 201)) {
      expect(busy.status).toBe(409);
      expect(busy.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    }
    expect(await countFor(doctor)).toBe(1);
  });

  it('keeps no server error: a retry with the key runs again', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '16:30') };
    jest.spyOn(t.app.get(AvailabilityService), 'assertBookable').mockRejectedValueOnce(new Error('database hiccup'));
    const failed = await bookRequest(t, patient, body, 'key-500').expect(500);
    expect(failed.body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(failed.body)).not.toContain('hiccup');
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
