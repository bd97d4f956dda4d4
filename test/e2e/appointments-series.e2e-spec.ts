import type { Appointment, BookedSeries, OccurrenceErrorDetail } from '@app/contracts';
import { DateTime } from 'luxon';
import request from 'supertest';
import { at, book, nextWeekday, weekdayAfter } from '../support/appointments';
import { setPolicy } from '../support/booking-policy';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { SocketPool } from '../support/realtime';
import { startTestApp, type TestApp } from '../support/test-app';
import { SeriesBookingRepository } from '../../src/appointments/booking.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

interface SeriesBody {
  doctorId?: string | null;
  patientId?: string | null;
  startsAt: string;
  durationMinutes?: number;
  reason?: string;
  recurrence: { frequency: string; interval: number; count: number };
}

function seriesRequest(t: TestApp, session: Session, body: SeriesBody | Record<string, unknown>, key?: string) {
  const req = request(t.url).post('/api/v1/appointments/series').set(session.auth);
  if (key !== undefined) {
    void req.set('Idempotency-Key', key);
  }
  return req.send(body);
}

async function bookSeries(t: TestApp, session: Session, body: SeriesBody): Promise<BookedSeries> {
  const res = await seriesRequest(t, session, body);
  if (res.status !== 201) {
    throw new Error(`series answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as BookedSeries;
}

function cancelSeries(t: TestApp, session: Session, seriesId: string, body: Record<string, unknown> = {}) {
  return request(t.url).post(`/api/v1/appointments/series/${seriesId}/cancel`).set(session.auth).send(body);
}

/** Every appointment of the patient, as the patient lists them. */
async function appointmentsOf(t: TestApp, patient: Session): Promise<Appointment[]> {
  const res = await request(t.url).get('/api/v1/appointments?limit=100').set(patient.auth).expect(200);
  return (res.body as { data: Appointment[] }).data;
}

/** How many stored notifications of `type` the user has. */
async function noticesOf(t: TestApp, user: Session, type: string): Promise<number> {
  const res = await request(t.url).get('/api/v1/notifications?limit=100').set(user.auth).expect(200);
  return (res.body as { data: { type: string }[] }).data.filter((n) => n.type === type).length;
}

/** The local days (in `zone`, at 12:00) whose UTC offset differs from the day before: the next `n` changes. */
function nextOffsetChanges(zone: string, n: number): DateTime[] {
  const changes: DateTime[] = [];
  let day = DateTime.now().setZone(zone).plus({ days: 14 }).set({ hour: 12, minute: 0, second: 0, millisecond: 0 });
  while (changes.length < n) {
    const next = day.plus({ days: 1 });
    if (next.offset !== day.offset) {
      changes.push(next);
    }
    day = next;
  }
  return changes;
}

const localTimes = (appointments: Appointment[], zone: string) =>
  appointments.map((a) => DateTime.fromISO(a.startsAt, { zone }).toFormat('HH:mm'));
const utcTimes = (appointments: Appointment[]) => appointments.map((a) => a.startsAt.slice(11, 16));

const EVERY_DAY_8_TO_18 = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
  dayOfWeek,
  startTime: '08:00',
  endTime: '18:00',
}));

describe('Appointments: recurring series (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const monday = (() => {
    const day = nextWeekday(7);
    while (day.getUTCDay() !== 1) {
      day.setTime(day.getTime() + DAY_MS);
    }
    return day;
  })();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('booking', () => {
    it('books a weekly series for the patient: same time each week, one seriesId, one notice per occurrence', async () => {
      const patient = await registerPatient(t, { fullName: 'Ada Series' });
      const doctor = await registerDoctor(t, { fullName: 'Dr Weekly' }, { specialization: 'Physiotherapy' });
      const body = await bookSeries(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(monday, '10:00'),
        durationMinutes: 45,
        reason: '  Knee  ',
        recurrence: { frequency: 'weekly', interval: 2, count: 3 },
      });
      expect(body.seriesId).toEqual(expect.any(String));
      expect(body.appointments.map((a) => a.startsAt)).toEqual([
        at(monday, '10:00'),
        at(new Date(monday.getTime() + 14 * DAY_MS), '10:00'),
        at(new Date(monday.getTime() + 28 * DAY_MS), '10:00'),
      ]);
      for (const appointment of body.appointments) {
        expect(appointment).toMatchObject({
          patientId: patient.user.patientId,
          doctorId: doctor.user.doctorId,
          durationMinutes: 45,
          status: 'pending',
          reason: 'Knee',
          seriesId: body.seriesId,
          patient: { id: patient.user.patientId, fullName: 'Ada Series' },
        });
        expect(new Date(appointment.endsAt).getTime() - new Date(appointment.startsAt).getTime()).toBe(45 * 60_000);
      }
      const listed = await appointmentsOf(t, patient);
      expect(listed).toEqual(body.appointments);
      const read = await request(t.url).get(`/api/v1/appointments/${body.appointments[1].id}`).set(doctor.auth);
      expect(read.body).toEqual(body.appointments[1]);
      expect(await noticesOf(t, patient, 'appointment.created')).toBe(3);
      expect(await noticesOf(t, doctor, 'appointment.created')).toBe(3);
    });

    it('books a daily series by the doctor for a patient, confirmed under autoConfirm', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { autoConfirm: true });
      const body = await bookSeries(t, doctor, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(monday, '09:00'),
        recurrence: { frequency: 'daily', interval: 1, count: 5 },
      });
      expect(body.appointments.map((a) => a.startsAt)).toEqual(
        [0, 1, 2, 3, 4].map((n) => at(new Date(monday.getTime() + n * DAY_MS), '09:00')),
      );
      expect(body.appointments.every((a) => a.status === 'confirmed')).toBe(true);
    });

    it('keeps the local time across the next two daylight-saving changes in Europe/Berlin and America/New_York', async () => {
      for (const zone of ['Europe/Berlin', 'America/New_York']) {
        const doctor = await registerDoctor(t, {}, { timezone: zone });
        const doctorId = doctor.user.doctorId!;
        await request(t.url)
          .put(`/api/v1/doctors/${doctorId}/schedule`)
          .set(doctor.auth)
          .send({ weeklyHours: EVERY_DAY_8_TO_18 })
          .expect(200);
        for (const change of nextOffsetChanges(zone, 2)) {
          const patient = await registerPatient(t);
          // Weekly: the Monday of the week before the change, for three weeks.
          const weekStart = change.minus({ days: 7 }).startOf('week').set({ hour: 9 });
          const weekly = await bookSeries(t, admin, {
            doctorId,
            patientId: patient.user.patientId,
            startsAt: weekStart.toUTC().toISO()!,
            recurrence: { frequency: 'weekly', interval: 1, count: 3 },
          });
          expect(localTimes(weekly.appointments, zone)).toEqual(['09:00', '09:00', '09:00']);
          const [before, , after] = utcTimes(weekly.appointments);
          expect(before).not.toBe(after);
          const shift =
            new Date(weekly.appointments[2].startsAt).getTime() -
            new Date(weekly.appointments[0].startsAt).getTime() -
            14 * DAY_MS;
          expect(Math.abs(shift)).toBe(60 * 60_000);
          // Daily: from two days before the change day to the day after, at 16:00 local.
          const dayStart = change.minus({ days: 2 }).set({ hour: 16, minute: 0 });
          const daily = await bookSeries(t, admin, {
            doctorId,
            patientId: patient.user.patientId,
            startsAt: dayStart.toUTC().toISO()!,
            recurrence: { frequency: 'daily', interval: 1, count: 4 },
          });
          expect(localTimes(daily.appointments, zone)).toEqual(['16:00', '16:00', '16:00', '16:00']);
          expect(new Set(utcTimes(daily.appointments)).size).toBe(2);
        }
      }
    });
  });

  describe('all or nothing', () => {
    it('refuses with 409 listing exactly the occurrences another patient holds, and books none', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const week = (n: number) => new Date(monday.getTime() + n * 7 * DAY_MS);
      await book(t, other, { doctorId, startsAt: at(week(2), '10:15') });
      await book(t, other, { doctorId, startsAt: at(week(4), '09:45') });
      const res = await seriesRequest(t, patient, {
        doctorId,
        startsAt: at(week(0), '10:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 5 },
      }).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'APPOINTMENT_CONFLICT' });
      expect((res.body as { details: OccurrenceErrorDetail[] }).details).toEqual([
        { occurrence: 3, startsAt: at(week(2), '10:00'), code: 'APPOINTMENT_CONFLICT', message: expect.any(String) },
        { occurrence: 5, startsAt: at(week(4), '10:00'), code: 'APPOINTMENT_CONFLICT', message: expect.any(String) },
      ]);
      expect(await appointmentsOf(t, patient)).toEqual([]);
      expect(await noticesOf(t, patient, 'appointment.created')).toBe(0);
    });

    it("counts the doctor's buffers and the patient's own appointments with another doctor as conflicts", async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const elsewhere = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 15 });
      const day = (n: number) => new Date(monday.getTime() + n * DAY_MS);
      await book(t, other, { doctorId, startsAt: at(day(1), '09:30') }); // its buffer runs to 10:15
      await book(t, patient, { doctorId: elsewhere.user.doctorId, startsAt: at(day(3), '10:00') });
      const res = await seriesRequest(t, admin, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day(0), '10:00'),
        recurrence: { frequency: 'daily', interval: 1, count: 5 },
      }).expect(409);
      expect((res.body as { details: OccurrenceErrorDetail[] }).details.map((d) => d.occurrence)).toEqual([2, 4]);
      expect(await appointmentsOf(t, patient)).toHaveLength(1);
    });

    it('refuses with 422 listing working hours and time off failures beside a conflict', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      // Thursday, Friday, Saturday, Sunday, Monday (time off), Tuesday (taken).
      const thursday = new Date(monday.getTime() + 3 * DAY_MS);
      const day = (n: number) => new Date(thursday.getTime() + n * DAY_MS);
      await request(t.url)
        .post(`/api/v1/doctors/${doctorId}/time-off`)
        .set(doctor.auth)
        .send({ startsAt: at(day(4), '00:00'), endsAt: at(day(5), '00:00'), reason: 'Training' })
        .expect(201);
      await book(t, other, { doctorId, startsAt: at(day(5), '11:00') });
      const res = await seriesRequest(t, admin, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(day(0), '11:00'),
        recurrence: { frequency: 'daily', interval: 1, count: 6 },
      }).expect(422);
      expect(res.body).toMatchObject({ code: 'OUTSIDE_WORKING_HOURS' });
      expect(
        (res.body as { details: OccurrenceErrorDetail[] }).details.map(({ occurrence, startsAt, code }) => ({
          occurrence,
          startsAt,
          code,
        })),
      ).toEqual([
        { occurrence: 3, startsAt: at(day(2), '11:00'), code: 'OUTSIDE_WORKING_HOURS' },
        { occurrence: 4, startsAt: at(day(3), '11:00'), code: 'OUTSIDE_WORKING_HOURS' },
        { occurrence: 5, startsAt: at(day(4), '11:00'), code: 'OUTSIDE_WORKING_HOURS' },
        { occurrence: 6, startsAt: at(day(5), '11:00'), code: 'APPOINTMENT_CONFLICT' },
      ]);
      expect(await appointmentsOf(t, patient)).toEqual([]);
    });

    it('applies notice and horizon to a patient, not to staff', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bookingHorizonDays: 20 });
      const body = {
        doctorId,
        startsAt: at(monday, '14:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 5 },
      };
      const res = await seriesRequest(t, patient, body).expect(422);
      expect(res.body.code).toBe('BOOKING_TOO_FAR_AHEAD');
      const late = (res.body as { details: OccurrenceErrorDetail[] }).details;
      expect(late.length).toBeGreaterThan(0);
      expect(late.every((d) => d.code === 'BOOKING_TOO_FAR_AHEAD')).toBe(true);
      await bookSeries(t, admin, { ...body, patientId: patient.user.patientId });
    });

    it('counts a patient’s series against the booking limit; a staff-booked series is exempt', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await book(t, patient, { doctorId, startsAt: at(monday, '16:00') });
      const res = await seriesRequest(t, patient, {
        doctorId,
        startsAt: at(monday, '09:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 6 },
      }).expect(422);
      expect(res.body.code).toBe('BOOKING_LIMIT_REACHED');
      expect((res.body as { details: OccurrenceErrorDetail[] }).details.map((d) => d.occurrence)).toEqual([5, 6]);
      expect(await appointmentsOf(t, patient)).toHaveLength(1);
      await bookSeries(t, patient, {
        doctorId,
        startsAt: at(monday, '09:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 4 },
      });
      const staff = await bookSeries(t, doctor, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(monday, '11:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 10 },
      });
      expect(staff.appointments).toHaveLength(10);
    });
  });

  describe('roles and validation', () => {
    it('answers 403, 400 and 404 as booking one appointment does', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const otherDoctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const recurrence = { frequency: 'weekly', interval: 1, count: 2 };
      const startsAt = at(monday, '12:00');
      await seriesRequest(t, patient, { doctorId, patientId: other.user.patientId, startsAt, recurrence }).expect(403);
      await seriesRequest(t, otherDoctor, { doctorId, patientId: patient.user.patientId, startsAt, recurrence }).expect(
        403,
      );
      const missing = await seriesRequest(t, doctor, { doctorId, startsAt, recurrence }).expect(400);
      expect(missing.body.details).toEqual([{ field: 'patientId', message: expect.any(String) }]);
      await seriesRequest(t, admin, { doctorId, startsAt, recurrence }).expect(400);
      const unknownDoctor = await seriesRequest(t, admin, {
        doctorId: '00000000-0000-4000-8000-000000000000',
        patientId: patient.user.patientId,
        startsAt,
        recurrence,
      }).expect(404);
      expect(unknownDoctor.body.code).toBe('DOCTOR_NOT_FOUND');
      const unknownPatient = await seriesRequest(t, admin, {
        doctorId,
        patientId: '00000000-0000-4000-8000-000000000000',
        startsAt,
        recurrence,
      }).expect(404);
      expect(unknownPatient.body.code).toBe('PATIENT_NOT_FOUND');
      expect(await appointmentsOf(t, patient)).toEqual([]);
    });

    it('refuses a bad recurrence with 400', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const startsAt = at(monday, '12:00');
      const bad: [Record<string, unknown>, string][] = [
        [{ frequency: 'monthly', interval: 1, count: 2 }, 'recurrence.frequency'],
        [{ frequency: 'daily', interval: 0, count: 2 }, 'recurrence.interval'],
        [{ frequency: 'daily', interval: 5, count: 2 }, 'recurrence.interval'],
        [{ frequency: 'daily', interval: 1, count: 1 }, 'recurrence.count'],
        [{ frequency: 'daily', interval: 1, count: 27 }, 'recurrence.count'],
        [{ frequency: 'daily', interval: 1.5, count: 2 }, 'recurrence.interval'],
        [{ frequency: 'daily', interval: 1, count: 2, until: '2030-01-01' }, 'recurrence.until'],
      ];
      for (const [recurrence, field] of bad) {
        const res = await seriesRequest(t, patient, { doctorId, startsAt, recurrence }).expect(400);
        expect((res.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain(field);
      }
      await seriesRequest(t, patient, { doctorId, startsAt }).expect(400);
      await seriesRequest(t, patient, { doctorId, startsAt, recurrence: 'weekly' }).expect(400);
    });
  });

  describe('idempotency', () => {
    it('replays the first answer to the same key, books once, and refuses the key with another body', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const body = {
        doctorId,
        startsAt: at(monday, '15:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 2 },
      };
      const first = await seriesRequest(t, patient, body, 'series-key-1').expect(201);
      const again = await seriesRequest(t, patient, body, 'series-key-1').expect(201);
      expect(again.body).toEqual(first.body);
      expect(await appointmentsOf(t, patient)).toHaveLength(2);
      const reused = await seriesRequest(t, patient, { ...body, durationMinutes: 60 }, 'series-key-1').expect(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      // A refusal is the key's first answer too.
      const refused = await seriesRequest(t, patient, body, 'series-key-2').expect(409);
      const replayed = await seriesRequest(t, patient, body, 'series-key-2').expect(409);
      expect(replayed.body).toEqual(refused.body);
      expect(await noticesOf(t, patient, 'appointment.created')).toBe(2);
    });
  });

  describe('cancelling the rest', () => {
    it('cancels the occurrences from now (default) and from a given instant, with one event each', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const series = await bookSeries(t, admin, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(monday, '13:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 6 },
      });
      const [, , , fourth] = series.appointments;
      await request(t.url)
        .patch(`/api/v1/appointments/${series.appointments[1].id}/status`)
        .set(doctor.auth)
        .send({ status: 'confirmed' })
        .expect(200);
      const fromFourth = await cancelSeries(t, doctor, series.seriesId, {
        from: fourth.startsAt,
        reason: 'Course shortened',
      }).expect(200);
      expect(fromFourth.body).toEqual({ cancelled: 3 });
      let listed = await appointmentsOf(t, patient);
      expect(listed.map((a) => a.status)).toEqual([
        'pending',
        'confirmed',
        'pending',
        'cancelled',
        'cancelled',
        'cancelled',
      ]);
      expect(listed[3]).toMatchObject({
        cancellationReason: 'Course shortened',
        cancelledBy: doctor.user.id,
        lateCancellation: false,
      });
      expect((await cancelSeries(t, patient, series.seriesId).expect(200)).body).toEqual({ cancelled: 3 });
      listed = await appointmentsOf(t, patient);
      expect(listed.every((a) => a.status === 'cancelled')).toBe(true);
      expect((await cancelSeries(t, admin, series.seriesId).expect(200)).body).toEqual({ cancelled: 0 });
      expect(await noticesOf(t, patient, 'appointment.status_changed')).toBe(7);
      // The freed times can be booked again.
      await book(t, patient, { doctorId, startsAt: fourth.startsAt });
    });

    it('leaves earlier and finished occurrences alone and marks a patient’s late cancellations', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const series = await bookSeries(t, patient, {
        doctorId,
        startsAt: at(monday, '10:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 3 },
      });
      // Inside a window reaching past the first occurrence only.
      const windowHours = Math.ceil((new Date(series.appointments[0].startsAt).getTime() - Date.now()) / 3_600_000) + 1;
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: Math.min(windowHours, 168) });
      const res = await cancelSeries(t, patient, series.seriesId, {
        from: new Date(Date.now() - DAY_MS).toISOString(),
      }).expect(200);
      expect(res.body).toEqual({ cancelled: 3 });
      const listed = await appointmentsOf(t, patient);
      expect(listed.map((a) => a.lateCancellation)).toEqual([windowHours <= 168, false, false]);
    });

    it('answers 404 for an unknown series or one the caller may not see, 400 for a malformed id', async () => {
      const patient = await registerPatient(t);
      const stranger = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const otherDoctor = await registerDoctor(t);
      const series = await bookSeries(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(weekdayAfter(monday, 1), '16:00'),
        recurrence: { frequency: 'weekly', interval: 1, count: 2 },
      });
      for (const caller of [stranger, otherDoctor]) {
        const res = await cancelSeries(t, caller, series.seriesId).expect(404);
        expect(res.body.code).toBe('SERIES_NOT_FOUND');
      }
      const unknown = await cancelSeries(t, admin, '00000000-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body.code).toBe('SERIES_NOT_FOUND');
      await cancelSeries(t, admin, 'not-a-uuid').expect(400);
      await cancelSeries(t, patient, series.seriesId, { from: '2030-01-01T10:00:00' }).expect(400);
      await cancelSeries(t, patient, series.seriesId, { status: 'cancelled' }).expect(400);
      expect((await appointmentsOf(t, patient)).every((a) => a.status === 'pending')).toBe(true);
    });
  });

  describe('events', () => {
    const pool = new SocketPool();
    afterEach(() => pool.closeAll());

    it('sends one appointment.created per occurrence, and one status_changed per cancelled one, to both parties', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const [ofPatient, ofDoctor] = await Promise.all([pool.connect(t.url, patient), pool.connect(t.url, doctor)]);
      const series = await bookSeries(t, patient, {
        doctorId: doctor.user.doctorId,
        startsAt: at(weekdayAfter(monday, 2), '09:30'),
        recurrence: { frequency: 'weekly', interval: 1, count: 3 },
      });
      const ids = series.appointments.map((a) => a.id);
      for (const { log } of [ofPatient, ofDoctor]) {
        for (const id of ids) {
          const event = await log.waitFor('appointment.created', (e) => e.appointment.id === id);
          expect(event.appointment.seriesId).toBe(series.seriesId);
        }
      }
      await cancelSeries(t, doctor, series.seriesId, { from: series.appointments[1].startsAt }).expect(200);
      for (const { log } of [ofPatient, ofDoctor]) {
        for (const id of ids.slice(1)) {
          const event = await log.waitFor('appointment.status_changed', (e) => e.appointment.id === id);
          expect(event).toMatchObject({ previousStatus: 'pending', status: 'cancelled' });
        }
      }
      expect(ofPatient.log.of('appointment.created')).toHaveLength(3);
      expect(ofPatient.log.of('appointment.status_changed').map((e) => e.appointment.id)).toEqual(ids.slice(1));
    });
  });

  describe('the exclusion constraints as the last word', () => {
    afterEach(() => jest.restoreAllMocks());

    it('answers 409 and books nothing when an overlap gets past the read, with or without a key', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const week = (n: number) => new Date(monday.getTime() + n * 7 * DAY_MS);
      await book(t, other, { doctorId, startsAt: at(week(1), '14:30') });
      // As if the other booking had committed between the read and the insert.
      const repository = t.app.get(SeriesBookingRepository);
      const original = repository.readOccupancy.bind(repository);
      jest.spyOn(repository, 'readOccupancy').mockImplementation(async (...args) => {
        const read = await original(...args);
        return { ...read, booked: read.booked.map(() => false) };
      });
      const body = {
        doctorId,
        startsAt: at(week(0), '14:30'),
        recurrence: { frequency: 'weekly', interval: 1, count: 3 },
      };
      const bare = await seriesRequest(t, patient, body).expect(409);
      expect(bare.body.code).toBe('APPOINTMENT_CONFLICT');
      const keyed = await seriesRequest(t, patient, body, 'raced-key').expect(409);
      expect(keyed.body.code).toBe('APPOINTMENT_CONFLICT');
      expect(await appointmentsOf(t, patient)).toEqual([]);
      expect(await noticesOf(t, patient, 'appointment.created')).toBe(0);
      jest.restoreAllMocks();
      // The raced attempt stored nothing under the key: a retry runs again and lists the occurrence.
      const retried = await seriesRequest(t, patient, body, 'raced-key').expect(409);
      expect((retried.body as { details: OccurrenceErrorDetail[] }).details.map((d) => d.occurrence)).toEqual([2]);
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of two racing series for overlapping time win, never a 5xx', async () => {
      for (let round = 0; round < 3; round += 1) {
        const doctor = await registerDoctor(t);
        const doctorId = doctor.user.doctorId!;
        const [p1, p2] = await Promise.all([registerPatient(t), registerPatient(t)]);
        const start = new Date(monday.getTime() + round * DAY_MS);
        const [a, b] = await Promise.all([
          seriesRequest(t, p1, {
            doctorId,
            startsAt: at(start, '10:00'),
            recurrence: { frequency: 'weekly', interval: 1, count: 4 },
          }),
          seriesRequest(t, p2, {
            doctorId,
            startsAt: at(new Date(start.getTime() + 14 * DAY_MS), '10:15'),
            recurrence: { frequency: 'weekly', interval: 1, count: 4 },
          }),
        ]);
        expect([a.status, b.status].sort()).toEqual([201, 409]);
        const loser = a.status === 409 ? a : b;
        expect((loser.body as { details: OccurrenceErrorDetail[] }).details).toHaveLength(2);
        const [listed1, listed2] = await Promise.all([appointmentsOf(t, p1), appointmentsOf(t, p2)]);
        expect(listed1.length + listed2.length).toBe(4);
      }
    });

    it('serializes two series of one patient with two doctors at the same times', async () => {
      const patient = await registerPatient(t);
      const [d1, d2] = await Promise.all([registerDoctor(t), registerDoctor(t)]);
      const body = (doctorId: string | null) => ({
        doctorId,
        startsAt: at(monday, '12:00'),
        recurrence: { frequency: 'daily', interval: 1, count: 2 },
      });
      const [a, b] = await Promise.all([
        seriesRequest(t, patient, body(d1.user.doctorId)),
        seriesRequest(t, patient, body(d2.user.doctorId)),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect(await appointmentsOf(t, patient)).toHaveLength(2);
    });
  });
});
