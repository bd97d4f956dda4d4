import type { Appointment } from '@app/contracts';
import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import type { DomainEvent } from '../../src/common/domain-events';
import { at, book, bookRequest, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Appointments: booking (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const day = nextWeekday(2);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('books a pending appointment with the nested patient and doctor and a 30-minute default', async () => {
    const patient = await registerPatient(t, { fullName: 'Ada Patient' });
    const doctor = await registerDoctor(t, { fullName: 'Dr Bea' }, { specialization: 'Cardiology' });
    const res = await bookRequest(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '10:00'),
      reason: '  Chest pain  ',
    }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      patientId: patient.user.patientId,
      doctorId: doctor.user.doctorId,
      startsAt: at(day, '10:00'),
      endsAt: at(day, '10:30'),
      durationMinutes: 30,
      status: 'pending',
      reason: 'Chest pain',
      notes: null,
      cancellationReason: null,
      cancelledBy: null,
      lateCancellation: false,
      seriesId: null,
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.stringMatching(/Z$/),
      patient: { id: patient.user.patientId, fullName: 'Ada Patient' },
      doctor: { id: doctor.user.doctorId, fullName: 'Dr Bea', specialization: 'Cardiology' },
    });
    const read = await request(t.url).get(`/api/v1/appointments/${res.body.id}`).set(patient.auth).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('answers the ids as the database spells them, whatever the case they were sent in', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const res = await bookRequest(t, admin, {
      doctorId: doctor.user.doctorId?.toUpperCase(),
      patientId: patient.user.patientId?.toUpperCase(),
      startsAt: at(day, '15:00'),
    }).expect(201);
    expect(res.body).toMatchObject({ patientId: patient.user.patientId, doctorId: doctor.user.doctorId });
    const read = await request(t.url).get(`/api/v1/appointments/${res.body.id}`).set(admin.auth).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('reads a start with an offset as the instant it names and answers it in UTC', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const local = at(day, '13:00').replace('T13:00:00.000Z', 'T15:00:00+02:00');
    const created = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: local, durationMinutes: 45 });
    expect(created).toMatchObject({ startsAt: at(day, '13:00'), endsAt: at(day, '13:45'), durationMinutes: 45 });
  });

  it('refuses a start without an offset, a bad duration and unknown fields with 400', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId;
    const bad: [Record<string, unknown>, string][] = [
      [{ doctorId, startsAt: at(day, '10:00').replace('.000Z', '') }, 'startsAt'],
      [{ doctorId, startsAt: at(day, '10:00'), durationMinutes: 7 }, 'durationMinutes'],
      [{ doctorId, startsAt: at(day, '10:00'), durationMinutes: 0 }, 'durationMinutes'],
      [{ doctorId, startsAt: at(day, '10:00'), durationMinutes: 485 }, 'durationMinutes'],
      [{ doctorId, startsAt: at(day, '10:00'), durationMinutes: '30' }, 'durationMinutes'],
      [{ doctorId: 'not-a-uuid', startsAt: at(day, '10:00') }, 'doctorId'],
      [{ doctorId, startsAt: at(day, '10:00'), status: 'confirmed' }, 'status'],
      [{ doctorId, startsAt: at(day, '10:00'), reason: 'x'.repeat(1001) }, 'reason'],
    ];
    for (const [body, field] of bad) {
      const res = await bookRequest(t, patient, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('accepts the duration bounds 5 and 480 minutes', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const other = await registerDoctor(t);
    const longDay = weekdayAfter(day, 1);
    await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(longDay, '09:00'), durationMinutes: 480 });
    const short = await book(t, patient, {
      doctorId: other.user.doctorId,
      startsAt: at(day, '16:55'),
      durationMinutes: 5,
    });
    expect(short.endsAt).toBe(at(day, '17:00'));
  });

  describe('who books whom', () => {
    it('lets a patient book only for themself: own patientId is fine, another patient is 403', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      await book(t, patient, {
        doctorId: doctor.user.doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day, '09:00'),
      });
      const res = await bookRequest(t, patient, {
        doctorId: doctor.user.doctorId,
        patientId: other.user.patientId,
        startsAt: at(day, '11:00'),
      }).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('lets a doctor book only with themself and only with a patientId', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const colleague = await registerDoctor(t);
      const own = await book(t, doctor, {
        doctorId: doctor.user.doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day, '09:00'),
      });
      expect(own.patientId).toBe(patient.user.patientId);
      await bookRequest(t, doctor, {
        doctorId: colleague.user.doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day, '11:00'),
      }).expect(403);
      const missing = await bookRequest(t, doctor, {
        doctorId: doctor.user.doctorId,
        startsAt: at(day, '11:00'),
      }).expect(400);
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'patientId' })]);
    });

    it('lets an admin book any pair, with a patientId required', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const created = await book(t, admin, {
        doctorId: doctor.user.doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day, '12:00'),
      });
      expect(created).toMatchObject({ patientId: patient.user.patientId, doctorId: doctor.user.doctorId });
      await bookRequest(t, admin, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') }).expect(400);
    });

    it('answers 404 for an unknown doctor or patient, and for deactivated ones', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const unknown = '00000000-0000-4000-8000-000000000000';
      const noDoctor = await bookRequest(t, patient, { doctorId: unknown, startsAt: at(day, '10:00') }).expect(404);
      expect(noDoctor.body.code).toBe('DOCTOR_NOT_FOUND');
      const noPatient = await bookRequest(t, admin, {
        doctorId: doctor.user.doctorId,
        patientId: unknown,
        startsAt: at(day, '10:00'),
      }).expect(404);
      expect(noPatient.body.code).toBe('PATIENT_NOT_FOUND');

      const retired = await registerDoctor(t);
      await request(t.url).delete(`/api/v1/users/${retired.user.id}`).set(admin.auth).expect(204);
      const inactive = await bookRequest(t, patient, {
        doctorId: retired.user.doctorId,
        startsAt: at(day, '10:00'),
      }).expect(404);
      expect(inactive.body.code).toBe('DOCTOR_NOT_FOUND');
    });
  });

  describe('time rules', () => {
    it('refuses a start in the past with 422 START_IN_PAST', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const res = await bookRequest(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: '2020-01-06T10:00:00Z',
      }).expect(422);
      expect(res.body.code).toBe('START_IN_PAST');
    });

    it('refuses times outside working hours with 422 OUTSIDE_WORKING_HOURS', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const saturday = new Date(day);
      while (saturday.getUTCDay() !== 6) {
        saturday.setTime(saturday.getTime() + 24 * 60 * 60 * 1000);
      }
      for (const startsAt of [at(day, '08:30'), at(day, '16:45'), at(day, '17:00'), at(saturday, '10:00')]) {
        const res = await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt }).expect(422);
        expect(res.body.code).toBe('OUTSIDE_WORKING_HOURS');
      }
    });

    it("reads working hours on the doctor's wall clock", async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t, {}, { timezone: 'Asia/Tokyo' });
      // 09:00 in Tokyo is 00:00 UTC (Japan has no daylight saving time).
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '00:00') });
      const res = await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') });
      expect(res.status).toBe(422);
    });

    it("refuses a time inside the doctor's time off with 422 OUTSIDE_WORKING_HOURS", async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      await t.dataSource.query(
        'INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4)',
        [doctor.user.doctorId, at(day, '12:00'), at(day, '14:00'), 'Conference'],
      );
      const inside = await bookRequest(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(day, '13:00'),
      }).expect(422);
      expect(inside.body.code).toBe('OUTSIDE_WORKING_HOURS');
      await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '11:45') }).expect(422);
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:00') });
    });
  });

  describe('overlaps', () => {
    it('allows adjacent slots: 10:00–10:30 and 10:30–11:00', async () => {
      const doctor = await registerDoctor(t);
      const first = await registerPatient(t);
      const second = await registerPatient(t);
      await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') });
      await book(t, second, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:30') });
      await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '09:30') });
    });

    it("refuses an overlap with the doctor's appointment with 409 APPOINTMENT_CONFLICT", async () => {
      const doctor = await registerDoctor(t);
      const first = await registerPatient(t);
      const second = await registerPatient(t);
      await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00'), durationMinutes: 60 });
      for (const startsAt of [at(day, '10:00'), at(day, '10:15'), at(day, '09:45')]) {
        const res = await bookRequest(t, second, { doctorId: doctor.user.doctorId, startsAt }).expect(409);
        expect(res.body).toMatchObject({ statusCode: 409, code: 'APPOINTMENT_CONFLICT', path: '/api/v1/appointments' });
        expect(JSON.stringify(res.body)).not.toMatch(/ex_appointments|tstzrange|SELECT|INSERT/);
      }
    });

    it('answers a booking overlap exactly as a reschedule overlap (the database constraint) is answered', async () => {
      const [first, second] = await Promise.all([registerPatient(t), registerPatient(t)]);
      const doctor = await registerDoctor(t);
      const overlapDay = weekdayAfter(day, 5);
      await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(overlapDay, '10:00') });
      const mine = await book(t, second, { doctorId: doctor.user.doctorId, startsAt: at(overlapDay, '11:00') });
      const booking = await bookRequest(t, second, {
        doctorId: doctor.user.doctorId,
        startsAt: at(overlapDay, '10:15'),
      }).expect(409);
      const moving = await request(t.url)
        .patch(`/api/v1/appointments/${mine.id}`)
        .set(second.auth)
        .send({ startsAt: at(overlapDay, '10:15') })
        .expect(409);
      expect(booking.body).toMatchObject({ code: 'APPOINTMENT_CONFLICT', message: moving.body.message });
    });

    it("refuses an overlap with the patient's own appointment at another doctor with 409", async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const other = await registerDoctor(t);
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00') });
      const res = await bookRequest(t, patient, { doctorId: other.user.doctorId, startsAt: at(day, '15:15') });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('APPOINTMENT_CONFLICT');
    });

    it('frees the slot of a cancelled appointment', async () => {
      const doctor = await registerDoctor(t);
      const first = await registerPatient(t);
      const second = await registerPatient(t);
      const taken = await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '16:00') });
      await bookRequest(t, second, { doctorId: doctor.user.doctorId, startsAt: at(day, '16:00') }).expect(409);
      await setStatus(t, first, taken.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await book(t, second, { doctorId: doctor.user.doctorId, startsAt: at(day, '16:00') });
    });
  });

  describe('booking limit', () => {
    it('refuses more than 5 upcoming pending or confirmed appointments per patient with 422', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const limitDay = weekdayAfter(day, 3);
      const booked: Appointment[] = [];
      for (const time of ['09:00', '09:30', '10:00', '10:30', '11:00']) {
        booked.push(await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(limitDay, time) }));
      }
      const refused = await bookRequest(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(limitDay, '11:30'),
      }).expect(422);
      expect(refused.body.code).toBe('BOOKING_LIMIT_REACHED');
      // A cancelled appointment no longer counts.
      await setStatus(t, patient, booked[0].id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(limitDay, '11:30') });
    });

    it('puts the limit before overlaps, and replays a limit refusal for its Idempotency-Key', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const limitDay = weekdayAfter(day, 4);
      const booked: Appointment[] = [];
      for (const time of ['09:00', '09:30', '10:00', '10:30', '11:00']) {
        booked.push(await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(limitDay, time) }));
      }
      // Overlaps the patient's own 09:00 too: the limit answers first.
      const overlapping = { doctorId: doctor.user.doctorId, startsAt: at(limitDay, '09:00') };
      expect((await bookRequest(t, patient, overlapping).expect(422)).body.code).toBe('BOOKING_LIMIT_REACHED');
      const body = { doctorId: doctor.user.doctorId, startsAt: at(limitDay, '12:00') };
      const refused = await bookRequest(t, patient, body, 'limit-key').expect(422);
      expect(refused.body.code).toBe('BOOKING_LIMIT_REACHED');
      await setStatus(t, patient, booked[0].id, 'cancelled').then((res) => expect(res.status).toBe(200));
      expect((await bookRequest(t, patient, body, 'limit-key').expect(422)).body).toEqual(refused.body);
      await bookRequest(t, patient, body, 'limit-key-2').expect(201);
    });
  });

  describe('events', () => {
    it('publishes appointment.created after commit to the patient and the doctor, and nothing for a refused booking', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const events: DomainEvent<'appointment.created'>[] = [];
      const committed: Promise<unknown[]>[] = [];
      const listener = (event: DomainEvent<'appointment.created'>) => {
        events.push(event);
        // Read from outside the booking's transaction: the row must already be committed.
        committed.push(t.dataSource.query('SELECT id FROM appointments WHERE id = $1', [event.payload.appointment.id]));
      };
      const emitter = t.app.get(EventEmitter2);
      emitter.on('appointment.created', listener);
      try {
        const created = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:30') });
        await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:30') }).expect(409);
        await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '07:00') }).expect(422);
        expect(events).toHaveLength(1);
        expect(events[0].payload).toEqual({ appointment: created });
        expect(events[0].recipientUserIds.sort()).toEqual([patient.user.id, doctor.user.id].sort());
        expect(await Promise.all(committed)).toEqual([[{ id: created.id }]]);
      } finally {
        emitter.off('appointment.created', listener);
      }
    });
  });

  it('refuses an anonymous booking with 401', async () => {
    await request(t.url).post('/api/v1/appointments').send({}).expect(401);
  });
});
