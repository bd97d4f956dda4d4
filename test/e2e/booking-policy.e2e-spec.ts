import { DEFAULT_BOOKING_POLICY } from '@app/contracts';
import request from 'supertest';
import { at, book, bookRequest, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import { DAY_MS, minutesUntil, plusDays, setPolicy, slotStarts } from '../support/booking-policy';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Booking rules per doctor (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  // Days at least 2 and at least 7 days ahead (weekdays, 09:00–17:00 UTC for every test doctor).
  const soon = nextWeekday(2);
  const later = nextWeekday(7);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const policyPath = (doctorId: string) => `/api/v1/doctors/${doctorId}/booking-policy`;
  const move = (session: Session, id: string, startsAt: string) =>
    request(t.url).patch(`/api/v1/appointments/${id}`).set(session.auth).send({ startsAt });

  describe('GET and PUT /doctors/:id/booking-policy', () => {
    it('answers the defaults to any role for a doctor who never set a policy', async () => {
      const doctor = await registerDoctor(t);
      const patient = await registerPatient(t);
      for (const caller of [patient, doctor, admin]) {
        const res = await request(t.url).get(policyPath(doctor.user.doctorId!)).set(caller.auth).expect(200);
        expect(res.body).toEqual({
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          minimumNoticeMinutes: 0,
          bookingHorizonDays: 365,
          cancellationWindowHours: 0,
          autoConfirm: false,
        });
      }
    });

    it('replaces the whole policy: fields left out take their defaults (the doctor and an admin may)', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const full = {
        bufferBeforeMinutes: 120,
        bufferAfterMinutes: 15,
        minimumNoticeMinutes: 20160,
        bookingHorizonDays: 730,
        cancellationWindowHours: 168,
        autoConfirm: true,
      };
      const put = await request(t.url).put(policyPath(doctorId)).set(doctor.auth).send(full).expect(200);
      expect(put.body).toEqual(full);
      expect((await request(t.url).get(policyPath(doctorId)).set(admin.auth).expect(200)).body).toEqual(full);

      const partial = await request(t.url)
        .put(policyPath(doctorId))
        .set(admin.auth)
        .send({ bufferAfterMinutes: 10 })
        .expect(200);
      expect(partial.body).toEqual({ ...DEFAULT_BOOKING_POLICY, bufferAfterMinutes: 10 });
      expect((await request(t.url).get(policyPath(doctorId)).set(doctor.auth).expect(200)).body).toEqual(partial.body);

      const empty = await request(t.url).put(policyPath(doctorId)).set(doctor.auth).send({}).expect(200);
      expect(empty.body).toEqual(DEFAULT_BOOKING_POLICY);
      // The lower bounds are accepted too.
      const lows = { bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0, bookingHorizonDays: 1 };
      expect((await request(t.url).put(policyPath(doctorId)).set(doctor.auth).send(lows).expect(200)).body).toEqual({
        ...DEFAULT_BOOKING_POLICY,
        ...lows,
      });
    });

    it('refuses values out of range, of the wrong type, null and unknown fields with 400 VALIDATION_FAILED', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 5 });
      const bad: [Record<string, unknown>, string][] = [
        [{ bufferBeforeMinutes: 121 }, 'bufferBeforeMinutes'],
        [{ bufferBeforeMinutes: -1 }, 'bufferBeforeMinutes'],
        [{ bufferAfterMinutes: 121 }, 'bufferAfterMinutes'],
        [{ bufferAfterMinutes: 2.5 }, 'bufferAfterMinutes'],
        [{ bufferAfterMinutes: '10' }, 'bufferAfterMinutes'],
        [{ minimumNoticeMinutes: 20161 }, 'minimumNoticeMinutes'],
        [{ minimumNoticeMinutes: -5 }, 'minimumNoticeMinutes'],
        [{ bookingHorizonDays: 0 }, 'bookingHorizonDays'],
        [{ bookingHorizonDays: 731 }, 'bookingHorizonDays'],
        [{ cancellationWindowHours: 169 }, 'cancellationWindowHours'],
        [{ cancellationWindowHours: -1 }, 'cancellationWindowHours'],
        [{ autoConfirm: 'yes' }, 'autoConfirm'],
        [{ autoConfirm: null }, 'autoConfirm'],
        [{ bufferBeforeMinutes: null }, 'bufferBeforeMinutes'],
        [{ doctorId }, 'doctorId'],
        [{ bufferMinutes: 10 }, 'bufferMinutes'],
      ];
      for (const [body, field] of bad) {
        const res = await request(t.url).put(policyPath(doctorId)).set(doctor.auth).send(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      // Nothing was changed by the refusals.
      const stored = await request(t.url).get(policyPath(doctorId)).set(doctor.auth).expect(200);
      expect(stored.body).toEqual({ ...DEFAULT_BOOKING_POLICY, bufferAfterMinutes: 5 });
    });

    it('answers 403 to another doctor and to a patient, 404 for an unknown doctor, 400 for a malformed id, 401 without a token', async () => {
      const doctor = await registerDoctor(t);
      const colleague = await registerDoctor(t);
      const patient = await registerPatient(t);
      const doctorId = doctor.user.doctorId!;
      for (const caller of [colleague, patient]) {
        const res = await request(t.url).put(policyPath(doctorId)).set(caller.auth).send({ autoConfirm: true });
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
      expect((await request(t.url).get(policyPath(doctorId)).set(patient.auth)).body.autoConfirm).toBe(false);
      const unknownGet = await request(t.url).get(policyPath(UNKNOWN_ID)).set(patient.auth).expect(404);
      expect(unknownGet.body.code).toBe('DOCTOR_NOT_FOUND');
      const unknownPut = await request(t.url).put(policyPath(UNKNOWN_ID)).set(admin.auth).send({}).expect(404);
      expect(unknownPut.body.code).toBe('DOCTOR_NOT_FOUND');
      await request(t.url).get(policyPath('not-a-uuid')).set(patient.auth).expect(400);
      await request(t.url).put(policyPath('not-a-uuid')).set(admin.auth).send({}).expect(400);
      await request(t.url).get(policyPath(doctorId)).expect(401);
      await request(t.url).put(policyPath(doctorId)).send({}).expect(401);
    });
  });

  describe('buffers', () => {
    it("blocks 10:30–10:40 after a 10:00–10:30 appointment with a 10-minute after-buffer, not 10:40 (the contract's example)", async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 10 });
      const [first, second] = await Promise.all([registerPatient(t), registerPatient(t)]);
      await book(t, first, { doctorId, startsAt: at(later, '10:00') });
      const refused = await bookRequest(t, second, {
        doctorId,
        startsAt: at(later, '10:30'),
        durationMinutes: 10,
      }).expect(409);
      expect(refused.body.code).toBe('APPOINTMENT_CONFLICT');
      // A doctor's or admin's booking is refused alike: buffers are the doctor's, for everyone.
      await bookRequest(t, admin, {
        doctorId,
        patientId: second.user.patientId,
        startsAt: at(later, '10:30'),
        durationMinutes: 10,
      }).expect(409);
      // No before-buffer: 09:20–09:50 (its after-buffer up to 10:00) fits; 09:30 would push its buffer into 10:00.
      await bookRequest(t, second, { doctorId, startsAt: at(later, '09:30') }).expect(409);
      await book(t, second, { doctorId, startsAt: at(later, '09:20') });
      const third = await registerPatient(t);
      await book(t, third, { doctorId, startsAt: at(later, '10:40'), durationMinutes: 10 });
    });

    it('stacks the buffers: the gap is at least the earlier one’s after-buffer plus the later one’s before-buffer', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferBeforeMinutes: 15, bufferAfterMinutes: 10 });
      const patients = await Promise.all([registerPatient(t), registerPatient(t), registerPatient(t)]);
      // 10:00–10:30 blocks [09:45, 10:40).
      await book(t, patients[0], { doctorId, startsAt: at(later, '10:00') });
      // 10:45 would block [10:30, 11:25): overlaps. 10:50 blocks [10:35, …): overlaps. 10:55 blocks [10:40, …): fine.
      for (const time of ['10:45', '10:50', '10:30', '09:20', '09:15']) {
        const res = await bookRequest(t, patients[1], { doctorId, startsAt: at(later, time) });
        expect({ time, status: res.status, code: res.body.code }).toEqual({
          time,
          status: 409,
          code: 'APPOINTMENT_CONFLICT',
        });
      }
      await book(t, patients[1], { doctorId, startsAt: at(later, '10:55') });
      // Before: 09:05–09:35 blocks [08:50, 09:45): touches 10:00's [09:45, …) only at its end.
      await book(t, patients[2], { doctorId, startsAt: at(later, '09:05') });
      const rows: { bf: Date; bt: Date }[] = await t.dataSource.query(
        'SELECT blocked_from AS bf, blocked_to AS bt FROM appointments WHERE doctor_id = $1 ORDER BY starts_at',
        [doctorId],
      );
      expect(rows.map((row) => [new Date(row.bf).toISOString(), new Date(row.bt).toISOString()])).toEqual([
        [at(later, '08:50'), at(later, '09:45')],
        [at(later, '09:45'), at(later, '10:40')],
        [at(later, '10:40'), at(later, '11:35')],
      ]);
    });

    it("ignores buffers for the patient's own overlap rule (another doctor right after is fine)", async () => {
      const buffered = await registerDoctor(t);
      const other = await registerDoctor(t);
      await setPolicy(t, buffered, buffered.user.doctorId!, { bufferAfterMinutes: 30 });
      await setPolicy(t, other, other.user.doctorId!, { bufferBeforeMinutes: 30 });
      const patient = await registerPatient(t);
      await book(t, patient, { doctorId: buffered.user.doctorId, startsAt: at(later, '10:00') });
      await book(t, patient, { doctorId: other.user.doctorId, startsAt: at(later, '10:30') });
      // And the other way round: the other doctor's 11:00 right after the buffered doctor's 10:30.
      await book(t, patient, { doctorId: buffered.user.doctorId, startsAt: at(later, '11:30') });
      await book(t, patient, { doctorId: other.user.doctorId, startsAt: at(later, '12:00') });
      // A bare overlap of the patient's own appointments is still refused.
      const res = await bookRequest(t, patient, {
        doctorId: other.user.doctorId,
        startsAt: at(later, '10:15'),
      }).expect(409);
      expect(res.body.code).toBe('APPOINTMENT_CONFLICT');
    });

    it('keeps the buffers in force when an appointment was booked, whatever the policy becomes (a move included)', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const [first, second, third] = await Promise.all([registerPatient(t), registerPatient(t), registerPatient(t)]);
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 30 });
      const buffered = await book(t, first, { doctorId, startsAt: at(later, '10:00') });
      await setPolicy(t, doctor, doctorId, {});
      await bookRequest(t, second, { doctorId, startsAt: at(later, '10:30') }).expect(409);
      expect(await slotStarts(t, second, doctorId, at(later, '09:00'), at(later, '12:00'))).toEqual([
        at(later, '09:00'),
        at(later, '09:30'),
        at(later, '11:00'),
        at(later, '11:30'),
      ]);
      await book(t, second, { doctorId, startsAt: at(later, '11:00') });

      // Booked without buffers, then the policy gets one: the old appointment keeps none.
      const bare = await book(t, third, { doctorId, startsAt: at(later, '13:00') });
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 30 });
      const fourth = await registerPatient(t);
      await book(t, fourth, { doctorId, startsAt: at(later, '13:30') });
      expect(bare.startsAt).toBe(at(later, '13:00'));

      // A move keeps the appointment's own buffers: 10:00 (+30 after) moved to 15:00 still blocks 15:30–16:00.
      await setPolicy(t, doctor, doctorId, {});
      await move(first, buffered.id, at(later, '15:00')).expect(200);
      await bookRequest(t, fourth, { doctorId, startsAt: at(later, '15:30') }).expect(409);
      const fifth = await registerPatient(t);
      await book(t, fifth, { doctorId, startsAt: at(later, '16:00') });
      // The time it left is free again.
      await book(t, fifth, { doctorId, startsAt: at(later, '10:00') });
    });

    it('lets a buffer reach outside working hours and into time off', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
      await request(t.url)
        .post(`/api/v1/doctors/${doctorId}/time-off`)
        .set(doctor.auth)
        .send({ startsAt: at(later, '12:00'), endsAt: at(later, '13:00') })
        .expect(201);
      const patients = await Promise.all([registerPatient(t), registerPatient(t), registerPatient(t)]);
      await book(t, patients[0], { doctorId, startsAt: at(later, '09:00') });
      await book(t, patients[1], { doctorId, startsAt: at(later, '16:30') });
      await book(t, patients[2], { doctorId, startsAt: at(later, '11:30') });
      await book(t, patients[2], { doctorId, startsAt: at(later, '13:00') });
    });

    it('leaves out of the slots the times a booking with the current buffers would collide with', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      await setPolicy(t, doctor, doctorId, { bufferBeforeMinutes: 15, bufferAfterMinutes: 10 });
      await book(t, patient, { doctorId, startsAt: at(later, '11:00') });
      // 11:00 blocks [10:45, 11:40); a 30-minute slot at s blocks [s − 15, s + 40): 10:00 ([09:45, 10:40)) fits,
      // 10:30 ([10:15, 11:10)) does not; 11:30 ([11:15, …)) does not; 12:00 ([11:45, …)) fits.
      const expected = [at(later, '09:00'), at(later, '09:30'), at(later, '10:00'), at(later, '12:00')];
      const other = await registerPatient(t);
      for (const caller of [other, doctor, admin]) {
        expect(await slotStarts(t, caller, doctorId, at(later, '09:00'), at(later, '12:30'))).toEqual(expected);
      }
      for (const time of ['10:00', '12:00']) {
        await book(t, await registerPatient(t), { doctorId, startsAt: at(later, time) });
      }
    });
    it('frees an appointment’s buffers with it when it is cancelled, and lets it move within its own blocked range', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferBeforeMinutes: 20, bufferAfterMinutes: 20 });
      const [first, second] = await Promise.all([registerPatient(t), registerPatient(t)]);
      const taken = await book(t, first, { doctorId, startsAt: at(later, '10:00') });
      // Moving by 15 minutes overlaps only its own old range.
      await move(first, taken.id, at(later, '10:15')).expect(200);
      await bookRequest(t, second, { doctorId, startsAt: at(later, '11:00') }).expect(409);
      await setStatus(t, first, taken.id, 'cancelled').then((res) => expect(res.status).toBe(200));
      await book(t, second, { doctorId, startsAt: at(later, '10:15') });
    });

    it("leaves out of a patient's slots the times of their own appointments with other doctors (bare)", async () => {
      const doctor = await registerDoctor(t);
      const elsewhere = await registerDoctor(t);
      await setPolicy(t, elsewhere, elsewhere.user.doctorId!, { bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
      const patient = await registerPatient(t);
      await book(t, patient, { doctorId: elsewhere.user.doctorId, startsAt: at(later, '10:00') });
      const window = [at(later, '09:00'), at(later, '11:30')] as const;
      const doctorId = doctor.user.doctorId!;
      expect(await slotStarts(t, patient, doctorId, ...window)).toEqual([
        at(later, '09:00'),
        at(later, '09:30'),
        at(later, '10:30'),
        at(later, '11:00'),
      ]);
      // Nobody else's slots, and not staff's.
      expect(await slotStarts(t, await registerPatient(t), doctorId, ...window)).toHaveLength(5);
      expect(await slotStarts(t, admin, doctorId, ...window)).toHaveLength(5);
      await book(t, patient, { doctorId, startsAt: at(later, '10:30') });
    });
  });

  describe('notice and horizon (patients only)', () => {
    it('refuses a patient a start sooner than the notice with 422 BOOKING_NOTICE_TOO_SHORT; staff are exempt', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const target = at(later, '10:00');
      // The notice reaches an hour past 10:00 on that day.
      await setPolicy(t, doctor, doctorId, { minimumNoticeMinutes: minutesUntil(target) + 60 });
      const patient = await registerPatient(t);
      const refused = await bookRequest(t, patient, { doctorId, startsAt: target }).expect(422);
      expect(refused.body.code).toBe('BOOKING_NOTICE_TOO_SHORT');
      await book(t, patient, { doctorId, startsAt: at(later, '11:30') });
      // A patient cannot move an appointment into the notice either.
      const mine = await book(t, patient, { doctorId, startsAt: at(later, '14:00') });
      const moved = await move(patient, mine.id, at(later, '09:00')).expect(422);
      expect(moved.body.code).toBe('BOOKING_NOTICE_TOO_SHORT');
      // A doctor and an admin booking or moving for a patient are exempt.
      const staffBooked = await book(t, doctor, {
        doctorId,
        patientId: (await registerPatient(t)).user.patientId,
        startsAt: target,
      });
      await book(t, admin, {
        doctorId,
        patientId: (await registerPatient(t)).user.patientId,
        startsAt: at(later, '09:00'),
      });
      await move(doctor, staffBooked.id, at(later, '09:30')).expect(200);
      await move(admin, mine.id, at(later, '10:00')).expect(200);
    });

    it('refuses a patient a start later than the horizon with 422 BOOKING_TOO_FAR_AHEAD; staff are exempt', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const far = at(later, '10:00');
      // Whole 24-hour days until `far`, rounded down: `far` is beyond the horizon, `soon` inside it.
      await setPolicy(t, doctor, doctorId, { bookingHorizonDays: Math.floor(minutesUntil(far) / (24 * 60)) });
      const patient = await registerPatient(t);
      const refused = await bookRequest(t, patient, { doctorId, startsAt: far }).expect(422);
      expect(refused.body.code).toBe('BOOKING_TOO_FAR_AHEAD');
      const mine = await book(t, patient, { doctorId, startsAt: at(soon, '10:00') });
      const moved = await move(patient, mine.id, far).expect(422);
      expect(moved.body.code).toBe('BOOKING_TOO_FAR_AHEAD');
      await book(t, admin, { doctorId, patientId: patient.user.patientId, startsAt: far });
      await move(doctor, mine.id, at(later, '11:00')).expect(200);
      // The default horizon is 365 days.
      const other = await registerDoctor(t);
      const yearOut = weekdayAfter(plusDays(later, 366), 0);
      const tooFar = await bookRequest(t, patient, { doctorId: other.user.doctorId, startsAt: at(yearOut, '10:00') });
      expect(tooFar.status).toBe(422);
      expect(tooFar.body.code).toBe('BOOKING_TOO_FAR_AHEAD');
    });

    it('cuts the slots of a patient to notice and horizon, and not those of staff', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      // Open around the clock, so that both ends of the patient's window fall inside one day of slots.
      const weeklyHours = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
        dayOfWeek,
        startTime: '00:00',
        endTime: '24:00',
      }));
      await request(t.url)
        .put(`/api/v1/doctors/${doctorId}/schedule`)
        .set(doctor.auth)
        .send({ weeklyHours })
        .expect(200);
      const from = at(later, '00:00');
      const to = plusDays(later, 1).toISOString();
      // The notice ends around 07:00 that day; the horizon ends that day at the time of day it is now.
      const notice = minutesUntil(from) + 7 * 60;
      const horizonDays = Math.floor(minutesUntil(to) / (24 * 60));
      await setPolicy(t, doctor, doctorId, { minimumNoticeMinutes: notice, bookingHorizonDays: horizonDays });
      const patient = await registerPatient(t);
      const staff = await slotStarts(t, admin, doctorId, from, to);
      expect(staff).toHaveLength(48);
      expect(await slotStarts(t, doctor, doctorId, from, to)).toEqual(staff);
      const earliest = Date.now() + notice * 60_000;
      const latest = Date.now() + horizonDays * DAY_MS;
      const offered = await slotStarts(t, patient, doctorId, from, to);
      expect(offered).toEqual(staff.filter((s) => Date.parse(s) >= earliest && Date.parse(s) <= latest));
      expect(offered.length).toBeLessThan(48);
      if (offered.length > 0) {
        // The first and last slots offered book; the ones just outside do not.
        const first = offered[0];
        const last = offered[offered.length - 1];
        const shift = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
        const tooSoon = await bookRequest(t, await registerPatient(t), { doctorId, startsAt: shift(first, -30) });
        expect(tooSoon.body.code).toBe('BOOKING_NOTICE_TOO_SHORT');
        const tooLate = await bookRequest(t, await registerPatient(t), { doctorId, startsAt: shift(last, 30) });
        expect(tooLate.body.code).toBe('BOOKING_TOO_FAR_AHEAD');
        await book(t, patient, { doctorId, startsAt: first });
        if (last !== first) {
          await book(t, await registerPatient(t), { doctorId, startsAt: last });
        }
      }
    });
  });

  describe('cancellation window', () => {
    it('refuses a patient a move inside the window with 422 RESCHEDULE_WINDOW_PASSED; staff may move', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      const near = await book(t, patient, { doctorId, startsAt: at(soon, '10:00') });
      const far = await book(t, patient, { doctorId, startsAt: at(later, '10:00') });
      // `soon` is at most ~5 days ahead: inside 168 hours. `later` is at least 7 days ahead: outside 24 hours.
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 168 });
      const refused = await move(patient, near.id, at(soon, '11:00')).expect(422);
      expect(refused.body.code).toBe('RESCHEDULE_WINDOW_PASSED');
      // Counted back from the current start: moving it out of the window does not help.
      await move(patient, near.id, at(weekdayAfter(later, 5), '11:00')).expect(422);
      // An edit that does not move it is still allowed.
      await request(t.url).patch(`/api/v1/appointments/${near.id}`).set(patient.auth).send({ reason: 'x' }).expect(200);
      await move(doctor, near.id, at(soon, '11:00')).expect(200);
      await move(admin, near.id, at(soon, '12:00')).expect(200);

      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 24 });
      await move(patient, far.id, at(later, '11:00')).expect(200);
      // 0 is no window at all.
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 0 });
      await move(patient, near.id, at(soon, '13:00')).expect(200);
    });

    it('marks a patient’s cancellation inside the window lateCancellation: true, and no other', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      const times = ['09:00', '10:00', '11:00', '12:00'];
      const near: Awaited<ReturnType<typeof book>>[] = [];
      for (const time of times) {
        near.push(await book(t, patient, { doctorId, startsAt: at(soon, time) }));
      }
      const far = await book(t, patient, { doctorId, startsAt: at(later, '10:00') });
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 168 });
      const late = await setStatus(t, patient, near[0].id, 'cancelled', 'Ill');
      expect(late.status).toBe(200);
      expect(late.body).toMatchObject({ status: 'cancelled', lateCancellation: true, cancellationReason: 'Ill' });
      const read = await request(t.url).get(`/api/v1/appointments/${near[0].id}`).set(doctor.auth).expect(200);
      expect(read.body.lateCancellation).toBe(true);
      // The doctor or an admin cancelling is never late.
      expect((await setStatus(t, doctor, near[1].id, 'cancelled')).body.lateCancellation).toBe(false);
      expect((await setStatus(t, admin, near[2].id, 'cancelled')).body.lateCancellation).toBe(false);
      // Outside the window: not late.
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 24 });
      expect((await setStatus(t, patient, far.id, 'cancelled')).body.lateCancellation).toBe(false);
      // A window of 0 is none.
      await setPolicy(t, doctor, doctorId, { cancellationWindowHours: 0 });
      expect((await setStatus(t, patient, near[3].id, 'cancelled')).body.lateCancellation).toBe(false);
      const listed = await request(t.url).get('/api/v1/appointments').query({ doctorId }).set(admin.auth).expect(200);
      const flags = Object.fromEntries(
        (listed.body.data as { id: string; lateCancellation: boolean }[]).map((row) => [row.id, row.lateCancellation]),
      );
      expect(flags).toEqual({
        [near[0].id]: true,
        [near[1].id]: false,
        [near[2].id]: false,
        [near[3].id]: false,
        [far.id]: false,
      });
    });
  });

  describe('autoConfirm', () => {
    it('starts every new booking confirmed, whoever books, and pending again once it is off', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { autoConfirm: true });
      const patient = await registerPatient(t);
      const byPatient = await book(t, patient, { doctorId, startsAt: at(later, '09:00') });
      expect(byPatient.status).toBe('confirmed');
      const byDoctor = await book(t, doctor, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(later, '10:00'),
      });
      expect(byDoctor.status).toBe('confirmed');
      const byAdmin = await book(t, admin, {
        doctorId,
        patientId: patient.user.patientId,
        startsAt: at(later, '11:00'),
      });
      expect(byAdmin.status).toBe('confirmed');
      const read = await request(t.url).get(`/api/v1/appointments/${byPatient.id}`).set(patient.auth).expect(200);
      expect(read.body.status).toBe('confirmed');
      await setPolicy(t, doctor, doctorId, { autoConfirm: false });
      expect((await book(t, patient, { doctorId, startsAt: at(later, '12:00') })).status).toBe('pending');
    });
  });
});
