import { EventEmitter2 } from '@nestjs/event-emitter';
import request from 'supertest';
import { at, book, bookRequest, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import type { DomainEvent } from '../../src/common/domain-events';
import { loginAdmin, registerDoctor, registerPatient } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

function countBy(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) {
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

describe('Appointments: concurrency (e2e)', () => {
  let t: TestApp;
  const day = nextWeekday(2);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("books one doctor's slot once when 50 patients race for it: one 201 and 49 × 409", async () => {
    const doctor = await registerDoctor(t);
    const patients = await Promise.all(Array.from({ length: 50 }, () => registerPatient(t)));
    const answers = await Promise.all(
      patients.map((patient) =>
        bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '10:00') }),
      ),
    );
    expect(countBy(answers.map((a) => a.status))).toEqual({ 201: 1, 409: 49 });
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.code).toBe('APPOINTMENT_CONFLICT');
    }
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM appointments WHERE doctor_id = $1',
      [doctor.user.doctorId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('books one patient once when they race for two doctors at the same time: one 201 and one 409', async () => {
    const patient = await registerPatient(t);
    const doctors = await Promise.all([registerDoctor(t), registerDoctor(t)]);
    const answers = await Promise.all(
      doctors.map((doctor) => bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '11:00') })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('APPOINTMENT_CONFLICT');
  });

  it('keeps the booking limit under concurrent bookings of one patient: 5 × 201, the rest 422', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const limitDay = weekdayAfter(day, 1);
    const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30'];
    const answers = await Promise.all(
      times.map((time) => bookRequest(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(limitDay, time) })),
    );
    expect(countBy(answers.map((a) => a.status))).toEqual({ 201: 5, 422: 3 });
    for (const refused of answers.filter((a) => a.status === 422)) {
      expect(refused.body.code).toBe('BOOKING_LIMIT_REACHED');
    }
  });

  it('lets exactly one of two concurrent confirmations win (doctor and admin): one 200, one 409', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const admin = await loginAdmin(t);
    const appointment = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: at(day, '13:00') });
    const answers = await Promise.all([
      setStatus(t, doctor, appointment.id, 'confirmed'),
      setStatus(t, admin, appointment.id, 'confirmed'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('INVALID_STATUS_TRANSITION');
  });

  it('never lets a confirm and a cancel both move from pending: each wins only from the status it found', async () => {
    const patient = await registerPatient(t);
    const doctor = await registerDoctor(t);
    const emitter = t.app.get(EventEmitter2);
    const times = ['09:00', '09:30', '10:00', '10:30', '11:00'];
    for (const time of times) {
      const appointment = await book(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(weekdayAfter(day, 2), time),
      });
      const events: DomainEvent<'appointment.status_changed'>[] = [];
      const listener = (event: DomainEvent<'appointment.status_changed'>) => events.push(event);
      emitter.on('appointment.status_changed', listener);
      try {
        const [confirm, cancel] = await Promise.all([
          setStatus(t, doctor, appointment.id, 'confirmed'),
          setStatus(t, patient, appointment.id, 'cancelled', 'Changed my mind'),
        ]);
        // Serially both may succeed (confirmed, then cancelled); what can never happen is both moving from pending.
        expect(events.filter((e) => e.payload.previousStatus === 'pending')).toHaveLength(1);
        const wins = [confirm, cancel].filter((a) => a.status === 200);
        expect(events).toHaveLength(wins.length);
        for (const loser of [confirm, cancel].filter((a) => a.status !== 200)) {
          expect(loser.status).toBe(409);
          expect(loser.body.code).toBe('INVALID_STATUS_TRANSITION');
        }
        const stored = await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(patient.auth);
        expect(stored.body.status).toBe(events[events.length - 1].payload.status);
        if (wins.length === 2) {
          expect(events.map((e) => [e.payload.previousStatus, e.payload.status])).toEqual([
            ['pending', 'confirmed'],
            ['confirmed', 'cancelled'],
          ]);
        }
      } finally {
        emitter.off('appointment.status_changed', listener);
      }
    }
  });

  it('lets only one of two concurrent reschedules into the same slot win', async () => {
    const doctor = await registerDoctor(t);
    const [first, second] = await Promise.all([registerPatient(t), registerPatient(t)]);
    const a = await book(t, first, { doctorId: doctor.user.doctorId, startsAt: at(day, '15:00') });
    const b = await book(t, second, { doctorId: doctor.user.doctorId, startsAt: at(day, '15:30') });
    const answers = await Promise.all(
      [
        [first, a],
        [second, b],
      ].map(([session, appointment]) =>
        request(t.url)
          .patch(`/api/v1/appointments/${(appointment as { id: string }).id}`)
          .set((session as { auth: Record<string, string> }).auth)
          .send({ startsAt: at(day, '16:00') }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('APPOINTMENT_CONFLICT');
  });
});
