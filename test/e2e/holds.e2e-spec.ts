import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import { at, book, bookRequest, nextWeekday } from '../support/appointments';
import { hold, holdRequest, setPolicy, slotStarts, type HoldBody } from '../support/booking-policy';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Holds (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const day = nextWeekday(3);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const release = (session: Session, id: string) =>
    request(t.url).delete(`/api/v1/appointments/holds/${id}`).set(session.auth);
  const holdsOf = async (patientId: string): Promise<{ id: string }[]> =>
    t.dataSource.query('SELECT id FROM appointment_holds WHERE patient_id = $1', [patientId]);

  it('holds an interval for the calling patient: 201 with the hold, expiring HOLD_TTL_SECONDS (300) from now', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    const before = Date.now();
    const res = await holdRequest(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '10:00').replace('T10:00:00.000Z', 'T12:00:00+02:00'),
      durationMinutes: 45,
    }).expect(201);
    const after = Date.now();
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      doctorId: doctor.user.doctorId,
      patientId: patient.user.patientId,
      startsAt: at(day, '10:00'),
      endsAt: at(day, '10:45'),
      expiresAt: expect.stringMatching(/Z$/),
    });
    const expiresAt = Date.parse(res.body.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 300_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(after + 300_000 + 1000);
    // The default duration is 30 minutes.
    const other = await hold(t, await registerPatient(t), {
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '14:00'),
    });
    expect(other.endsAt).toBe(at(day, '14:30'));
  });

  it("refuses everyone else's booking or hold of an overlapping interval with 409, buffers included", async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 10 });
    const [holder, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    await hold(t, holder, { doctorId, startsAt: at(day, '10:00') });
    for (const [startsAt, durationMinutes] of [
      [at(day, '10:00'), 30],
      [at(day, '09:45'), 30],
      [at(day, '10:15'), 5],
      // The hold blocks its buffer too: 10:30–10:40.
      [at(day, '10:30'), 10],
    ] as const) {
      const booking = await bookRequest(t, other, { doctorId, startsAt, durationMinutes });
      expect({ startsAt, status: booking.status, code: booking.body.code }).toEqual({
        startsAt,
        status: 409,
        code: 'APPOINTMENT_CONFLICT',
      });
      const holding = await holdRequest(t, other, { doctorId, startsAt, durationMinutes });
      expect({ startsAt, status: holding.status, code: holding.body.code }).toEqual({
        startsAt,
        status: 409,
        code: 'APPOINTMENT_CONFLICT',
      });
    }
    // Staff booking for another patient are refused alike.
    await bookRequest(t, admin, { doctorId, patientId: other.user.patientId, startsAt: at(day, '10:00') }).expect(409);
    await bookRequest(t, doctor, { doctorId, patientId: other.user.patientId, startsAt: at(day, '10:00') }).expect(409);
    // A move into the held time is a booking of it.
    const mine = await book(t, other, { doctorId, startsAt: at(day, '14:00') });
    const moved = await request(t.url)
      .patch(`/api/v1/appointments/${mine.id}`)
      .set(other.auth)
      .send({ startsAt: at(day, '10:00') })
      .expect(409);
    expect(moved.body.code).toBe('APPOINTMENT_CONFLICT');
    // The hold blocks [10:00, 10:40): 09:20–09:50 (its own after-buffer up to 10:00) fits, and so does 10:40.
    await book(t, other, { doctorId, startsAt: at(day, '09:20') });
    await book(t, await registerPatient(t), { doctorId, startsAt: at(day, '10:40') });
  });

  it('leaves held time out of the slots of everyone but its patient', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const [holder, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    await hold(t, holder, { doctorId, startsAt: at(day, '10:00'), durationMinutes: 60 });
    const window = [at(day, '09:00'), at(day, '12:00')] as const;
    const without = [at(day, '09:00'), at(day, '09:30'), at(day, '11:00'), at(day, '11:30')];
    for (const caller of [other, doctor, admin]) {
      expect(await slotStarts(t, caller, doctorId, ...window)).toEqual(without);
    }
    expect(await slotStarts(t, holder, doctorId, ...window)).toHaveLength(6);
  });

  it('turns the hold into the appointment with holdId: 201, and the hold is gone', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const patient = await registerPatient(t);
    const held = await hold(t, patient, { doctorId, startsAt: at(day, '11:00'), durationMinutes: 45 });
    const created = await book(t, patient, {
      doctorId,
      startsAt: at(day, '11:00'),
      durationMinutes: 45,
      holdId: held.id,
    });
    expect(created).toMatchObject({ patientId: patient.user.patientId, startsAt: at(day, '11:00'), status: 'pending' });
    expect(await holdsOf(patient.user.patientId!)).toEqual([]);
    const again = await bookRequest(t, patient, {
      doctorId,
      startsAt: at(day, '11:00'),
      durationMinutes: 45,
      holdId: held.id,
    }).expect(404);
    expect(again.body.code).toBe('HOLD_NOT_FOUND');
    await release(patient, held.id).expect(404);
  });

  it('lets its own patient book the held time without naming the hold (it only keeps others out)', async () => {
    const doctor = await registerDoctor(t);
    const patient = await registerPatient(t);
    await hold(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '12:00') });
    await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '12:00') });
  });

  it('answers 422 HOLD_MISMATCH for another doctor, start or duration, 404 for another patient’s or an unknown hold', async () => {
    const doctor = await registerDoctor(t);
    const colleague = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const held = await hold(t, patient, { doctorId, startsAt: at(day, '13:00') });
    for (const body of [
      { doctorId: colleague.user.doctorId, startsAt: at(day, '13:00') },
      { doctorId, startsAt: at(day, '13:30') },
      { doctorId, startsAt: at(day, '13:00'), durationMinutes: 60 },
    ]) {
      const res = await bookRequest(t, patient, { ...body, holdId: held.id });
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 422, code: 'HOLD_MISMATCH' });
    }
    const foreign = await bookRequest(t, other, { doctorId, startsAt: at(day, '13:00'), holdId: held.id }).expect(404);
    expect(foreign.body.code).toBe('HOLD_NOT_FOUND');
    const unknown = await bookRequest(t, patient, { doctorId, startsAt: at(day, '13:00'), holdId: UNKNOWN_ID });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('HOLD_NOT_FOUND');
    await bookRequest(t, patient, { doctorId, startsAt: at(day, '13:00'), holdId: 'not-a-uuid' }).expect(400);
    // The refusals left the hold in place, and it still books.
    await book(t, patient, { doctorId, startsAt: at(day, '13:00'), holdId: held.id });
  });

  it('keeps one hold per patient: a new one replaces the old, whose time is free again', async () => {
    const [doctor, colleague] = await Promise.all([registerDoctor(t), registerDoctor(t)]);
    const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const first = await hold(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') });
    const second = await hold(t, patient, { doctorId: colleague.user.doctorId, startsAt: at(day, '15:00') });
    expect((await holdsOf(patient.user.patientId!)).map((row) => row.id)).toEqual([second.id]);
    await book(t, other, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') });
    const stale = await bookRequest(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '14:00'),
      holdId: first.id,
    });
    expect(stale.status).toBe(404);
    await bookRequest(t, other, { doctorId: colleague.user.doctorId, startsAt: at(day, '15:00') }).expect(409);
    // A refused new hold leaves the old one in place.
    await holdRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') }).expect(409);
    expect((await holdsOf(patient.user.patientId!)).map((row) => row.id)).toEqual([second.id]);
  });

  it('releases a hold with DELETE (204, then 404), only by its patient; the time is free again', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const [patient, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const held = await hold(t, patient, { doctorId, startsAt: at(day, '16:00') });
    const foreign = await release(other, held.id).expect(404);
    expect(foreign.body.code).toBe('HOLD_NOT_FOUND');
    await release(doctor, held.id).expect(403);
    await release(admin, held.id).expect(403);
    await bookRequest(t, other, { doctorId, startsAt: at(day, '16:00') }).expect(409);
    await release(patient, held.id).expect(204);
    await release(patient, held.id).expect(404);
    await release(patient, UNKNOWN_ID).expect(404);
    await release(patient, 'not-a-uuid').expect(400);
    await book(t, other, { doctorId, startsAt: at(day, '16:00') });
    await request(t.url).delete(`/api/v1/appointments/holds/${held.id}`).expect(401);
  });

  it('follows the booking rules: 404, 422s and 409 as a booking would answer', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const patient = await registerPatient(t);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ doctorId: UNKNOWN_ID, startsAt: at(day, '10:00') }, 404, 'DOCTOR_NOT_FOUND'],
      [{ doctorId, startsAt: '2020-01-06T10:00:00Z' }, 422, 'START_IN_PAST'],
      [{ doctorId, startsAt: at(day, '08:00') }, 422, 'OUTSIDE_WORKING_HOURS'],
      [{ doctorId, startsAt: at(day, '16:45') }, 422, 'OUTSIDE_WORKING_HOURS'],
      [{ doctorId, startsAt: at(day, '10:00'), durationMinutes: 7 }, 400, 'VALIDATION_FAILED'],
      [{ doctorId, startsAt: at(day, '10:00').replace('.000Z', '') }, 400, 'VALIDATION_FAILED'],
      [{ doctorId, startsAt: at(day, '10:00'), holdId: UNKNOWN_ID }, 400, 'VALIDATION_FAILED'],
      [{ doctorId, startsAt: at(day, '10:00'), patientId: patient.user.patientId }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await holdRequest(t, patient, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
    }
    // The doctor's time off, their notice, the caller's own appointment elsewhere, and the booking limit.
    await request(t.url)
      .post(`/api/v1/doctors/${doctorId}/time-off`)
      .set(doctor.auth)
      .send({ startsAt: at(day, '12:00'), endsAt: at(day, '13:00') })
      .expect(201);
    expect((await holdRequest(t, patient, { doctorId, startsAt: at(day, '12:30') })).body.code).toBe(
      'OUTSIDE_WORKING_HOURS',
    );
    const strict = await registerDoctor(t);
    await setPolicy(t, strict, strict.user.doctorId!, { minimumNoticeMinutes: 20160 });
    const notice = await holdRequest(t, patient, { doctorId: strict.user.doctorId, startsAt: at(day, '10:00') });
    expect([notice.status, notice.body.code]).toEqual([422, 'BOOKING_NOTICE_TOO_SHORT']);
    await setPolicy(t, strict, strict.user.doctorId!, { bookingHorizonDays: 1 });
    const horizon = await holdRequest(t, patient, { doctorId: strict.user.doctorId, startsAt: at(day, '10:00') });
    expect([horizon.status, horizon.body.code]).toEqual([422, 'BOOKING_TOO_FAR_AHEAD']);

    const elsewhere = await registerDoctor(t);
    await book(t, patient, { doctorId: elsewhere.user.doctorId, startsAt: at(day, '15:00') });
    const own = await holdRequest(t, patient, { doctorId, startsAt: at(day, '15:15') });
    expect([own.status, own.body.code]).toEqual([409, 'APPOINTMENT_CONFLICT']);
    await book(t, await registerPatient(t), { doctorId, startsAt: at(day, '09:00') });
    const booked = await holdRequest(t, patient, { doctorId, startsAt: at(day, '09:15') });
    expect([booked.status, booked.body.code]).toEqual([409, 'APPOINTMENT_CONFLICT']);
    for (const time of ['09:30', '10:00', '10:30', '11:00']) {
      await book(t, patient, { doctorId: elsewhere.user.doctorId, startsAt: at(day, time) });
    }
    const limit = await holdRequest(t, patient, { doctorId, startsAt: at(day, '14:00') });
    expect([limit.status, limit.body.code]).toEqual([422, 'BOOKING_LIMIT_REACHED']);
    expect(await holdsOf(patient.user.patientId!)).toEqual([]);
  });

  it('is for patients only: 403 for a doctor and an admin, 401 without a token', async () => {
    const doctor = await registerDoctor(t);
    const body = { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') };
    for (const caller of [doctor, admin]) {
      const res = await holdRequest(t, caller, body);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await request(t.url).post('/api/v1/appointments/holds').send(body).expect(401);
  });

  it('is no appointment: in no list, and raises no appointment.* event or notification', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const patient = await registerPatient(t);
    const emitter = t.app.get(EventEmitter2);
    const names: string[] = [];
    const listener = (name: string | string[]) => names.push(String(name));
    emitter.onAny(listener);
    let held: HoldBody;
    try {
      held = await hold(t, patient, { doctorId, startsAt: at(day, '11:00') });
      const replaced = await hold(t, patient, { doctorId, startsAt: at(day, '11:30') });
      await release(patient, replaced.id).expect(204);
      held = await hold(t, patient, { doctorId, startsAt: at(day, '12:00') });
      // Let the relay publish whatever was recorded.
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      emitter.offAny(listener);
    }
    expect(names.filter((name) => name.includes('appointment.'))).toEqual([]);
    // The spy does see what holds raise: slots.changed (recorded in the transaction, then published).
    expect(names).toEqual(expect.arrayContaining([expect.stringContaining('slots.changed')]));
    for (const caller of [patient, doctor]) {
      const notifications = await request(t.url).get('/api/v1/notifications').set(caller.auth).expect(200);
      const types = (notifications.body.data ?? notifications.body).map((n: { type: string }) => n.type);
      expect(types.filter((type: string) => type.startsWith('appointment.'))).toEqual([]);
    }
    for (const [caller, path] of [
      [patient, '/api/v1/appointments'],
      [doctor, '/api/v1/appointments'],
      [admin, '/api/v1/appointments'],
      [patient, `/api/v1/patients/${patient.user.patientId}/appointments`],
      [doctor, `/api/v1/doctors/${doctorId}/appointments`],
    ] as const) {
      const res = await request(t.url).get(path).set(caller.auth).expect(200);
      const ids = (res.body.data as { id: string }[]).map((row) => row.id);
      expect(ids).not.toContain(held.id);
      if (caller !== admin) {
        expect(res.body.meta.total).toBe(0);
      }
    }
    await request(t.url).get(`/api/v1/appointments/${held.id}`).set(patient.auth).expect(404);
  });

  describe('expiry (HOLD_TTL_SECONDS=2)', () => {
    let short: TestApp;

    beforeAll(async () => {
      short = await startTestApp({ HOLD_TTL_SECONDS: '2' });
    });
    afterAll(async () => {
      await short.close();
    });

    const expire = () => new Promise((resolve) => setTimeout(resolve, 2300));

    it('answers 410 HOLD_EXPIRED to a booking naming an expired hold, and the expired hold blocks nobody', async () => {
      const doctor = await registerDoctor(short);
      const doctorId = doctor.user.doctorId!;
      const [patient, other, third] = await Promise.all([
        registerPatient(short),
        registerPatient(short),
        registerPatient(short),
      ]);
      const before = Date.now();
      const held = await hold(short, patient, { doctorId, startsAt: at(day, '10:00') });
      expect(Date.parse(held.expiresAt) - before).toBeLessThanOrEqual(3000);
      expect(Date.parse(held.expiresAt) - before).toBeGreaterThan(1000);
      await bookRequest(short, other, { doctorId, startsAt: at(day, '10:00') }).expect(409);
      await expire();
      // Its slot is offered again, to anyone; another patient may hold it; its patient's booking with it is 410.
      expect(await slotStarts(short, other, doctorId, at(day, '10:00'), at(day, '10:30'))).toEqual([at(day, '10:00')]);
      const gone = await bookRequest(short, patient, { doctorId, startsAt: at(day, '10:00'), holdId: held.id });
      expect([gone.status, gone.body.code]).toEqual([410, 'HOLD_EXPIRED']);
      await hold(short, third, { doctorId, startsAt: at(day, '10:00') });
      await expire();
      await book(short, other, { doctorId, startsAt: at(day, '10:00') });
      // Without naming it, its patient can still book elsewhere.
      await book(short, patient, { doctorId, startsAt: at(day, '11:00') });
    });
  });
});
