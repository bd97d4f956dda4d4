import type { Appointment } from '@app/contracts';
import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import type { DomainEvent } from '../../src/common/domain-events';
import { at, book, bookRequest, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Appointments: reschedule, edit and delete (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const day = nextWeekday(2);

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function setup(time = '10:00') {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const appointment = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, time) });
    return { patient, doctor, appointment };
  }

  function edit(session: Session, id: string, body: Record<string, unknown>) {
    return request(t.url).patch(`/api/v1/appointments/${id}`).set(session.auth).send(body);
  }

  async function collect<K extends 'appointment.updated'>(name: K, run: () => Promise<void>) {
    const events: DomainEvent<K>[] = [];
    const listener = (event: DomainEvent<K>) => events.push(event);
    const emitter = t.app.get(EventEmitter2);
    emitter.on(name, listener);
    try {
      await run();
    } finally {
      emitter.off(name, listener);
    }
    return events;
  }

  describe('reschedule', () => {
    it('moves a pending appointment, keeps updatedAt current and publishes appointment.updated with the changes', async () => {
      const { patient, doctor, appointment } = await setup();
      let moved: Appointment | undefined;
      const events = await collect('appointment.updated', async () => {
        const res = await edit(patient, appointment.id, { startsAt: at(day, '11:00') }).expect(200);
        moved = res.body as Appointment;
      });
      expect(moved).toMatchObject({ startsAt: at(day, '11:00'), endsAt: at(day, '11:30'), durationMinutes: 30 });
      expect(Date.parse(moved!.updatedAt)).toBeGreaterThan(Date.parse(appointment.updatedAt));
      expect(events).toHaveLength(1);
      expect(events[0].payload).toEqual({ appointment: moved, changes: ['startsAt', 'endsAt'] });
      expect(events[0].recipientUserIds.sort()).toEqual([patient.user.id, doctor.user.id].sort());
      // The old slot is free again.
      const other = await registerPatient(t);
      await book(t, other, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') });
    });

    it('changes the length alone and may overlap its own old interval', async () => {
      const { doctor, appointment } = await setup('13:00');
      const longer = await edit(doctor, appointment.id, { durationMinutes: 60 }).expect(200);
      expect(longer.body).toMatchObject({ startsAt: at(day, '13:00'), endsAt: at(day, '14:00'), durationMinutes: 60 });
      const shifted = await edit(doctor, appointment.id, { startsAt: at(day, '13:15') }).expect(200);
      expect(shifted.body.endsAt).toBe(at(day, '14:15'));
    });

    it('may reschedule a confirmed appointment too (an admin here)', async () => {
      const { doctor, appointment } = await setup('09:00');
      await setStatus(t, doctor, appointment.id, 'confirmed').then((r) => expect(r.status).toBe(200));
      const res = await edit(admin, appointment.id, { startsAt: at(weekdayAfter(day, 1), '09:00') }).expect(200);
      expect(res.body.status).toBe('confirmed');
    });

    it("refuses a new time overlapping the doctor's other appointment with 409 and changes nothing", async () => {
      const { patient, doctor, appointment } = await setup('14:00');
      const other = await registerPatient(t);
      await book(t, other, { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00') });
      const events = await collect('appointment.updated', async () => {
        const res = await edit(patient, appointment.id, { startsAt: at(day, '14:45') }).expect(409);
        expect(res.body.code).toBe('APPOINTMENT_CONFLICT');
      });
      expect(events).toHaveLength(0);
      const stored = await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(patient.auth).expect(200);
      expect(stored.body.startsAt).toBe(at(day, '14:00'));
    });

    it('refuses a new time outside working hours, in time off or in the past with 422', async () => {
      const { patient, doctor, appointment } = await setup('16:00');
      await t.dataSource.query('INSERT INTO doctor_time_off (doctor_id, starts_at, ends_at) VALUES ($1, $2, $3)', [
        doctor.user.doctorId,
        at(weekdayAfter(day, 1), '09:00'),
        at(weekdayAfter(day, 1), '17:00'),
      ]);
      const hours = await edit(patient, appointment.id, { startsAt: at(day, '17:00') }).expect(422);
      expect(hours.body.code).toBe('OUTSIDE_WORKING_HOURS');
      const tooLong = await edit(patient, appointment.id, { durationMinutes: 90 }).expect(422);
      expect(tooLong.body.code).toBe('OUTSIDE_WORKING_HOURS');
      const off = await edit(patient, appointment.id, { startsAt: at(weekdayAfter(day, 1), '10:00') }).expect(422);
      expect(off.body.code).toBe('OUTSIDE_WORKING_HOURS');
      const past = await edit(patient, appointment.id, { startsAt: '2020-01-06T10:00:00Z' }).expect(422);
      expect(past.body.code).toBe('START_IN_PAST');
    });

    it('refuses to move an appointment of a deactivated doctor, as a booking would (404), and keeps it', async () => {
      const { doctor, appointment } = await setup('14:00');
      await request(t.url).delete(`/api/v1/users/${doctor.user.id}`).set(admin.auth).expect(204);
      const res = await edit(admin, appointment.id, { startsAt: at(day, '15:00') }).expect(404);
      expect(res.body.code).toBe('DOCTOR_NOT_FOUND');
      const kept = await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(admin.auth).expect(200);
      expect(kept.body.startsAt).toBe(appointment.startsAt);
    });

    it('refuses changes to an appointment that is not pending or confirmed with 409', async () => {
      const { patient, appointment } = await setup('11:30');
      await setStatus(t, patient, appointment.id, 'cancelled').then((r) => expect(r.status).toBe(200));
      const cancelled = await edit(patient, appointment.id, { reason: 'Again' }).expect(409);
      expect(cancelled.body.code).toBe('INVALID_STATUS_TRANSITION');

      const running = await setup('12:00');
      for (const status of ['confirmed', 'in_progress']) {
        await setStatus(t, running.doctor, running.appointment.id, status).then((r) => expect(r.status).toBe(200));
      }
      const started = await edit(running.doctor, running.appointment.id, { notes: 'Late' }).expect(409);
      expect(started.body.code).toBe('INVALID_STATUS_TRANSITION');
    });

    it('refuses a null or malformed start, and unknown fields, with 400', async () => {
      const { patient, appointment } = await setup('15:30');
      await edit(patient, appointment.id, { startsAt: null }).expect(400);
      await edit(patient, appointment.id, { startsAt: at(day, '15:00').replace('.000Z', '') }).expect(400);
      await edit(patient, appointment.id, { durationMinutes: 33 }).expect(400);
      await edit(patient, appointment.id, { status: 'confirmed' }).expect(400);
      await edit(patient, appointment.id, { patientId: patient.user.patientId }).expect(400);
    });
  });

  describe('edit', () => {
    it('lets a party edit the reason and clear it with null', async () => {
      const { patient, appointment } = await setup('09:30');
      const events = await collect('appointment.updated', async () => {
        const set = await edit(patient, appointment.id, { reason: 'Follow-up' }).expect(200);
        expect(set.body.reason).toBe('Follow-up');
        const cleared = await edit(patient, appointment.id, { reason: null }).expect(200);
        expect(cleared.body.reason).toBeNull();
      });
      expect(events.map((e) => e.payload.changes)).toEqual([['reason'], ['reason']]);
    });

    it('lets only the doctor write notes: the patient and an admin get 403', async () => {
      const { patient, doctor, appointment } = await setup('10:30');
      const written = await edit(doctor, appointment.id, { notes: 'Bring previous ECG' }).expect(200);
      expect(written.body.notes).toBe('Bring previous ECG');
      for (const session of [patient, admin]) {
        const res = await edit(session, appointment.id, { notes: 'Overwritten' }).expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
      const stored = await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(patient.auth).expect(200);
      expect(stored.body.notes).toBe('Bring previous ECG');
    });

    it('answers an edit that changes nothing with the appointment and publishes nothing', async () => {
      const { patient, appointment } = await setup('12:30');
      const events = await collect('appointment.updated', async () => {
        const res = await edit(patient, appointment.id, { startsAt: appointment.startsAt }).expect(200);
        expect(res.body).toEqual(appointment);
      });
      expect(events).toHaveLength(0);
    });

    it('answers 404 to someone who is not a party', async () => {
      const { appointment } = await setup('16:30');
      const stranger = await registerPatient(t);
      const res = await edit(stranger, appointment.id, { reason: 'Mine now' }).expect(404);
      expect(res.body.code).toBe('APPOINTMENT_NOT_FOUND');
    });
  });

  describe('delete', () => {
    it('lets an admin delete: 204, then gone from reads and lists, and the slot is free', async () => {
      const { patient, doctor, appointment } = await setup('14:30');
      await request(t.url).delete(`/api/v1/appointments/${appointment.id}`).set(admin.auth).expect(204);
      for (const session of [patient, doctor, admin]) {
        await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(session.auth).expect(404);
        const list = await request(t.url).get('/api/v1/appointments?limit=100').set(session.auth).expect(200);
        expect(list.body.data.map((a: Appointment) => a.id)).not.toContain(appointment.id);
      }
      const byDoctor = await request(t.url)
        .get(`/api/v1/doctors/${doctor.user.doctorId}/appointments`)
        .set(admin.auth)
        .expect(200);
      expect(byDoctor.body.meta.total).toBe(0);
      const byPatient = await request(t.url)
        .get(`/api/v1/patients/${patient.user.patientId}/appointments`)
        .set(admin.auth)
        .expect(200);
      expect(byPatient.body.meta.total).toBe(0);
      await edit(admin, appointment.id, { reason: 'Ghost' }).expect(404);
      await setStatus(t, admin, appointment.id, 'cancelled').then((r) => expect(r.status).toBe(404));
      await request(t.url).delete(`/api/v1/appointments/${appointment.id}`).set(admin.auth).expect(404);
      await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '14:30') });
    });

    it('refuses delete to patients and doctors with 403', async () => {
      const { patient, doctor, appointment } = await setup('15:00');
      for (const session of [patient, doctor]) {
        await request(t.url).delete(`/api/v1/appointments/${appointment.id}`).set(session.auth).expect(403);
      }
      await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(patient.auth).expect(200);
      await bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00') }).expect(409);
    });
  });
});
