import type { AvailabilityReason } from '@app/contracts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { at, book, bookRequest, nextWeekday } from '../support/appointments';
import { explain, hold, minutesUntil, plusDays, setPolicy } from '../support/booking-policy';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { presenceSettled, SocketPool } from '../support/realtime';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const codes = (reasons: AvailabilityReason[]) => reasons.map((reason) => reason.code);

describe('Availability explanations and the earliest slots (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  const day = nextWeekday(3);

  beforeAll(async () => {
    // Background sweeps (expired holds, the outbox) slowed down, so that they do not run into a statement count.
    t = await startTestApp({ HOLD_SWEEP_MS: '60000', OUTBOX_POLL_MS: '60000', JOBS_INTERVAL_MS: '3600000' });
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /doctors/:id/availability/explain', () => {
    it('answers available with no reasons for a free time, to any role, and the booking then succeeds', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      for (const caller of [patient, doctor, admin]) {
        expect(await explain(t, caller, doctorId, at(day, '10:00'), 45)).toEqual({
          doctorId,
          startsAt: at(day, '10:00'),
          endsAt: at(day, '10:45'),
          available: true,
          reasons: [],
        });
      }
      await book(t, patient, { doctorId, startsAt: at(day, '10:00'), durationMinutes: 45 });
    });

    it('explains IN_PAST and OUTSIDE_WORKING_HOURS', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      const past = await explain(t, patient, doctorId, '2020-01-06T10:00:00Z');
      expect(past.available).toBe(false);
      expect(codes(past.reasons)).toEqual(['IN_PAST']);
      expect(past.reasons[0]).toEqual({ code: 'IN_PAST', message: expect.any(String) });
      const early = await explain(t, patient, doctorId, at(day, '08:30'));
      expect(codes(early.reasons)).toEqual(['OUTSIDE_WORKING_HOURS']);
      // Past and outside hours at once: every reason is listed.
      expect(codes((await explain(t, patient, doctorId, '2020-01-04T10:00:00Z')).reasons)).toEqual([
        'IN_PAST',
        'OUTSIDE_WORKING_HOURS',
      ]);
      const crossing = await explain(t, admin, doctorId, at(day, '16:45'));
      expect(codes(crossing.reasons)).toEqual(['OUTSIDE_WORKING_HOURS']);
      expect((await bookRequest(t, patient, { doctorId, startsAt: at(day, '16:45') })).body.code).toBe(
        'OUTSIDE_WORKING_HOURS',
      );
    });

    it('explains TIME_OFF with the time off as from/to', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      await request(t.url)
        .post(`/api/v1/doctors/${doctorId}/time-off`)
        .set(doctor.auth)
        .send({ startsAt: at(day, '12:00'), endsAt: at(day, '13:00'), reason: 'Dentist' })
        .expect(201);
      const res = await explain(t, patient, doctorId, at(day, '11:45'));
      expect(res.available).toBe(false);
      expect(res.reasons).toEqual([
        { code: 'TIME_OFF', message: expect.any(String), from: at(day, '12:00'), to: at(day, '13:00') },
      ]);
      expect(JSON.stringify(res)).not.toContain('Dentist');
      expect((await explain(t, patient, doctorId, at(day, '13:00'))).available).toBe(true);
    });

    it("explains BOOKED with the other booking's blocked range and no patient data", async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 10 });
      const owner = await registerPatient(t, { fullName: 'Zelda Secretname' });
      const other = await registerPatient(t);
      const taken = await book(t, owner, { doctorId, startsAt: at(day, '10:00') });
      for (const caller of [other, doctor, admin]) {
        // 10:30–10:40 only touches the appointment, but its buffer.
        const res = await explain(t, caller, doctorId, at(day, '10:30'), 10);
        expect(res.available).toBe(false);
        expect(res.reasons).toEqual([
          { code: 'BOOKED', message: expect.any(String), from: at(day, '10:00'), to: at(day, '10:40') },
        ]);
        const text = JSON.stringify(res);
        for (const secret of ['Zelda', 'Secretname', owner.user.patientId!, owner.user.id, taken.id]) {
          expect(text).not.toContain(secret);
        }
      }
      expect((await explain(t, other, doctorId, at(day, '10:40'), 10)).available).toBe(true);
      expect((await bookRequest(t, other, { doctorId, startsAt: at(day, '10:30'), durationMinutes: 10 })).status).toBe(
        409,
      );
    });

    it("reports the caller's own appointment at another doctor as BOOKED", async () => {
      const doctor = await registerDoctor(t);
      const elsewhere = await registerDoctor(t);
      const patient = await registerPatient(t);
      await book(t, patient, { doctorId: elsewhere.user.doctorId, startsAt: at(day, '14:00') });
      const res = await explain(t, patient, doctor.user.doctorId!, at(day, '14:15'));
      expect(res.reasons).toEqual([
        { code: 'BOOKED', message: expect.any(String), from: at(day, '14:00'), to: at(day, '14:30') },
      ]);
      // Not for anyone else.
      expect((await explain(t, await registerPatient(t), doctor.user.doctorId!, at(day, '14:15'))).available).toBe(
        true,
      );
    });

    it("explains HELD for another patient's live hold, not for the caller's own", async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const [holder, other] = await Promise.all([registerPatient(t), registerPatient(t)]);
      await hold(t, holder, { doctorId, startsAt: at(day, '15:00') });
      const res = await explain(t, other, doctorId, at(day, '15:15'));
      expect(res.reasons).toEqual([
        { code: 'HELD', message: expect.any(String), from: at(day, '15:00'), to: at(day, '15:30') },
      ]);
      expect(JSON.stringify(res)).not.toContain(holder.user.patientId!);
      expect(codes((await explain(t, admin, doctorId, at(day, '15:00'))).reasons)).toEqual(['HELD']);
      expect(await explain(t, holder, doctorId, at(day, '15:00'))).toMatchObject({ available: true, reasons: [] });
      await bookRequest(t, other, { doctorId, startsAt: at(day, '15:15') }).expect(409);
      await book(t, holder, { doctorId, startsAt: at(day, '15:00') });
    });

    it('explains NOTICE_TOO_SHORT and TOO_FAR_AHEAD to a patient, not to staff', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      const near = at(day, '10:00');
      const far = at(plusDays(day, 7), '10:00');
      await setPolicy(t, doctor, doctorId, {
        minimumNoticeMinutes: minutesUntil(near) + 60,
        bookingHorizonDays: Math.floor(minutesUntil(far) / (24 * 60)),
      });
      expect(codes((await explain(t, patient, doctorId, near)).reasons)).toEqual(['NOTICE_TOO_SHORT']);
      expect(codes((await explain(t, patient, doctorId, far)).reasons)).toEqual(['TOO_FAR_AHEAD']);
      for (const caller of [doctor, admin]) {
        expect((await explain(t, caller, doctorId, near)).available).toBe(true);
        expect((await explain(t, caller, doctorId, far)).available).toBe(true);
      }
      expect((await bookRequest(t, patient, { doctorId, startsAt: near })).body.code).toBe('BOOKING_NOTICE_TOO_SHORT');
      expect((await bookRequest(t, patient, { doctorId, startsAt: far })).body.code).toBe('BOOKING_TOO_FAR_AHEAD');
      // With a notice past the working day too: both reasons.
      expect(codes((await explain(t, patient, doctorId, at(day, '07:00'))).reasons)).toEqual([
        'NOTICE_TOO_SHORT',
        'OUTSIDE_WORKING_HOURS',
      ]);
    });

    it('explains BOOKING_LIMIT_REACHED for a patient at the limit', async () => {
      const doctor = await registerDoctor(t);
      const doctorId = doctor.user.doctorId!;
      const patient = await registerPatient(t);
      for (const time of ['09:00', '09:30', '10:00', '10:30', '11:00']) {
        await book(t, patient, { doctorId, startsAt: at(plusDays(day, 7), time) });
      }
      expect(codes((await explain(t, patient, doctorId, at(day, '12:00'))).reasons)).toEqual(['BOOKING_LIMIT_REACHED']);
      expect((await explain(t, admin, doctorId, at(day, '12:00'))).available).toBe(true);
      expect((await bookRequest(t, patient, { doctorId, startsAt: at(day, '12:00') })).body.code).toBe(
        'BOOKING_LIMIT_REACHED',
      );
    });

    it('answers 404 for an unknown doctor, 400 for bad parameters, 401 without a token', async () => {
      const patient = await registerPatient(t);
      const doctor = await registerDoctor(t);
      const path = (id: string) => `/api/v1/doctors/${id}/availability/explain`;
      const unknown = await request(t.url)
        .get(path(UNKNOWN_ID))
        .query({ startsAt: at(day, '10:00') })
        .set(patient.auth)
        .expect(404);
      expect(unknown.body.code).toBe('DOCTOR_NOT_FOUND');
      for (const query of [
        {},
        { startsAt: at(day, '10:00').replace('.000Z', '') },
        { startsAt: at(day, '10:00'), durationMinutes: 7 },
        { startsAt: at(day, '10:00'), durationMinutes: 485 },
      ]) {
        const res = await request(t.url).get(path(doctor.user.doctorId!)).query(query).set(patient.auth);
        expect({ query, status: res.status, code: res.body.code }).toEqual({
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      await request(t.url)
        .get(path('nope'))
        .query({ startsAt: at(day, '10:00') })
        .set(patient.auth)
        .expect(400);
      await request(t.url)
        .get(path(doctor.user.doctorId!))
        .query({ startsAt: at(day, '10:00') })
        .expect(401);
    });
  });

  describe('GET /slots', () => {
    const uniqueSpecialization = () => `Spec ${randomBytes(4).toString('hex')}`;
    const earliest = async (caller: Session, query: Record<string, string | number | boolean>) => {
      const res = await request(t.url).get('/api/v1/slots').query(query).set(caller.auth);
      if (res.status !== 200) {
        throw new Error(`GET /slots answered ${res.status}: ${JSON.stringify(res.body)}`);
      }
      return res.body.data as {
        doctor: { id: string; fullName: string; specialization: string; isOnline: boolean; status: string };
        startsAt: string;
        endsAt: string;
      }[];
    };
    const range = { from: at(day, '00:00'), to: at(plusDays(day, 1), '00:00') };

    /** Three doctors of one specialization whose first free slots that day are 09:00, 11:00 and 13:00. */
    const threeDoctors = async (specialization: string, names = ['Amy First', 'Ben Second', 'Cal Third']) => {
      const [a, b, c] = await Promise.all(names.map((fullName) => registerDoctor(t, { fullName }, { specialization })));
      await request(t.url)
        .post(`/api/v1/doctors/${b.user.doctorId}/time-off`)
        .set(b.auth)
        .send({ startsAt: at(day, '08:00'), endsAt: at(day, '11:00') })
        .expect(201);
      const weeklyHours = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime: '13:00', endTime: '17:00' }));
      await request(t.url)
        .put(`/api/v1/doctors/${c.user.doctorId}/schedule`)
        .set(c.auth)
        .send({ weeklyHours })
        .expect(200);
      return [a, b, c];
    };

    it("answers each matching doctor's earliest free slot, earliest first, with the doctor", async () => {
      const specialization = uniqueSpecialization();
      const [a, b, c] = await threeDoctors(specialization);
      const patient = await registerPatient(t);
      // A's 09:00 is taken: their earliest is 09:30.
      await book(t, await registerPatient(t), { doctorId: a.user.doctorId, startsAt: at(day, '09:00') });
      const data = await earliest(patient, { ...range, specialization });
      expect(data).toEqual([
        {
          doctor: {
            id: a.user.doctorId,
            fullName: 'Amy First',
            specialization,
            isOnline: false,
            status: 'offline',
          },
          startsAt: at(day, '09:30'),
          endsAt: at(day, '10:00'),
        },
        expect.objectContaining({
          doctor: expect.objectContaining({ id: b.user.doctorId }),
          startsAt: at(day, '11:00'),
        }),
        expect.objectContaining({
          doctor: expect.objectContaining({ id: c.user.doctorId }),
          startsAt: at(day, '13:00'),
        }),
      ]);
      // Matched case-insensitively; any role; a duration changes the end.
      const upper = await earliest(admin, {
        ...range,
        specialization: specialization.toUpperCase(),
        durationMinutes: 60,
      });
      expect(upper.map((row) => [row.doctor.id, row.startsAt, row.endsAt])).toEqual([
        // The grid steps by the duration from the start of the block: 09:00 (taken), 10:00.
        [a.user.doctorId, at(day, '10:00'), at(day, '11:00')],
        [b.user.doctorId, at(day, '11:00'), at(day, '12:00')],
        [c.user.doctorId, at(day, '13:00'), at(day, '14:00')],
      ]);
    });

    it('answers at most limit doctors (1..50, else 400) and filters by search on name or licence', async () => {
      const specialization = uniqueSpecialization();
      const [a, b, c] = await threeDoctors(specialization, ['Dora Quirkname', 'Eli Other', 'Fay Quirkname']);
      const patient = await registerPatient(t);
      const two = await earliest(patient, { ...range, specialization, limit: 2 });
      expect(two.map((row) => row.doctor.id)).toEqual([a.user.doctorId, b.user.doctorId]);
      const one = await earliest(patient, { ...range, specialization, limit: 1 });
      expect(one.map((row) => row.doctor.id)).toEqual([a.user.doctorId]);
      const searched = await earliest(patient, { ...range, search: 'quirkNAME' });
      expect(searched.map((row) => row.doctor.id)).toEqual([a.user.doctorId, c.user.doctorId]);
      const byLicence = await request(t.url).get(`/api/v1/doctors/${b.user.doctorId}`).set(admin.auth).expect(200);
      const licence = await earliest(patient, { ...range, search: byLicence.body.licenseNumber });
      expect(licence.map((row) => row.doctor.id)).toEqual([b.user.doctorId]);
      for (const limit of [0, 51, 'x']) {
        const res = await request(t.url)
          .get('/api/v1/slots')
          .query({ ...range, specialization, limit })
          .set(patient.auth);
        expect([limit, res.status, res.body.code]).toEqual([limit, 400, 'VALIDATION_FAILED']);
      }
      expect(await earliest(patient, { ...range, specialization: uniqueSpecialization() })).toEqual([]);
    });

    it('applies every rule for the caller: held time, buffers, notice, the caller’s own appointments', async () => {
      const specialization = uniqueSpecialization();
      const doctor = await registerDoctor(t, {}, { specialization });
      const doctorId = doctor.user.doctorId!;
      const [patient, holder] = await Promise.all([registerPatient(t), registerPatient(t)]);
      await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 30 });
      await hold(t, holder, { doctorId, startsAt: at(day, '09:00') });
      // 09:00 held (+30 buffer): others' first slot is 10:00; the holder's is 09:00.
      expect((await earliest(patient, { ...range, specialization }))[0].startsAt).toBe(at(day, '10:00'));
      expect((await earliest(holder, { ...range, specialization }))[0].startsAt).toBe(at(day, '09:00'));
      // The patient's own appointment elsewhere at 10:00 moves their earliest to 10:30.
      await book(t, patient, { doctorId: (await registerDoctor(t)).user.doctorId, startsAt: at(day, '10:00') });
      expect((await earliest(patient, { ...range, specialization }))[0].startsAt).toBe(at(day, '10:30'));
      expect((await earliest(admin, { ...range, specialization }))[0].startsAt).toBe(at(day, '10:00'));
      // A notice up to 12:00 that day (the policy replaced: no buffer any more), for patients only.
      await setPolicy(t, doctor, doctorId, { minimumNoticeMinutes: minutesUntil(at(day, '12:00')) });
      expect((await earliest(patient, { ...range, specialization }))[0].startsAt).toBe(at(day, '12:00'));
      // Staff are held to neither; the hold (with the buffer it was made with) keeps them out of 09:00–10:00 too.
      expect((await earliest(doctor, { ...range, specialization }))[0].startsAt).toBe(at(day, '10:00'));
      expect((await earliest(holder, { ...range, specialization }))[0].startsAt).toBe(at(day, '12:00'));
    });

    it('keeps only doctors online and not busy with onlineOnly=true', async () => {
      const specialization = uniqueSpecialization();
      const [online, busy, offline] = await threeDoctors(specialization);
      const sockets = new SocketPool();
      try {
        await sockets.connect(t.url, online);
        await sockets.connect(t.url, busy);
        await presenceSettled(t);
        await request(t.url).put('/api/v1/doctors/me/status').set(busy.auth).send({ status: 'busy' }).expect(200);
        // Stored for later: an offline doctor who chose online is still offline.
        await request(t.url).put('/api/v1/doctors/me/status').set(offline.auth).send({ status: 'online' }).expect(200);
        const patient = await registerPatient(t);
        const all = await earliest(patient, { ...range, specialization });
        expect(all.map((row) => [row.doctor.id, row.doctor.isOnline, row.doctor.status])).toEqual([
          [online.user.doctorId, true, 'online'],
          [busy.user.doctorId, true, 'busy'],
          [offline.user.doctorId, false, 'offline'],
        ]);
        const now = await earliest(patient, { ...range, specialization, onlineOnly: true });
        expect(now.map((row) => row.doctor.id)).toEqual([online.user.doctorId]);
        expect((await earliest(patient, { ...range, specialization, onlineOnly: false })).length).toBe(3);
      } finally {
        sockets.closeAll();
      }
    });

    it('searches from now for 14 days by default, and answers 400 RANGE_TOO_LARGE beyond 14 days', async () => {
      const specialization = uniqueSpecialization();
      const doctor = await registerDoctor(t, {}, { specialization });
      const patient = await registerPatient(t);
      const [first] = await earliest(patient, { specialization });
      expect(first.doctor.id).toBe(doctor.user.doctorId);
      expect(Date.parse(first.startsAt)).toBeGreaterThan(Date.now());
      expect(Date.parse(first.startsAt)).toBeLessThan(Date.now() + 4 * 24 * 60 * 60_000);
      const from = at(day, '00:00');
      const ok = await request(t.url)
        .get('/api/v1/slots')
        .query({ specialization, from, to: plusDays(new Date(from), 14).toISOString() })
        .set(patient.auth);
      expect(ok.status).toBe(200);
      const tooLarge = await request(t.url)
        .get('/api/v1/slots')
        .query({ specialization, from, to: new Date(Date.parse(from) + 14 * 24 * 60 * 60_000 + 60_000).toISOString() })
        .set(patient.auth);
      expect([tooLarge.status, tooLarge.body.code]).toEqual([400, 'RANGE_TOO_LARGE']);
      // Only from: 14 days after it; only to, more than 14 days from now: too large too.
      const onlyFrom = await earliest(patient, { specialization, from });
      expect(onlyFrom[0].startsAt).toBe(at(day, '09:00'));
      const farTo = await request(t.url)
        .get('/api/v1/slots')
        .query({ specialization, to: plusDays(day, 30).toISOString() })
        .set(patient.auth);
      expect(farTo.status).toBe(400);
      for (const query of [
        { from: at(day, '10:00').replace('.000Z', '') },
        { from: at(day, '10:00'), to: at(day, '09:00') },
        { durationMinutes: 7 },
        { onlineOnly: 'maybe' },
      ]) {
        const res = await request(t.url).get('/api/v1/slots').query(query).set(patient.auth);
        expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
      await request(t.url).get('/api/v1/slots').expect(401);
    });

    it("answers what each doctor's own slots say when only the first of many doctors are searched", async () => {
      // 40 doctors: the 20 whose hours start first (09:00) are all away until late morning or the afternoon, the others
      // start at 10:00, 11:00 or 12:00. So the doctors who could come first are not the ones who do: the search has to
      // go on past its first batch and stop only once nobody left could come earlier. The answer must be the
      // brute-force one, whatever the limit.
      const specialization = uniqueSpecialization();
      const doctors = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          registerDoctor(t, { fullName: `Doc ${String.fromCharCode(90 - (i % 26))}${i}` }, { specialization }),
        ),
      );
      const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
      await Promise.all(
        doctors.map(async (doctor, i) => {
          const startTime = i < 20 ? '09:00' : hh(10 + (i % 3));
          const weeklyHours = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime, endTime: '17:00' }));
          await request(t.url)
            .put(`/api/v1/doctors/${doctor.user.doctorId}/schedule`)
            .set(doctor.auth)
            .send({ weeklyHours })
            .expect(200);
          if (i < 20) {
            await request(t.url)
              .post(`/api/v1/doctors/${doctor.user.doctorId}/time-off`)
              .set(doctor.auth)
              .send({ startsAt: at(day, '00:00'), endsAt: at(day, `${11 + (i % 6)}:30`) })
              .expect(201);
          }
        }),
      );
      const patient = await registerPatient(t);
      const firsts = await Promise.all(
        doctors.map(async (doctor) => {
          const res = await request(t.url)
            .get(`/api/v1/doctors/${doctor.user.doctorId}/slots`)
            .query(range)
            .set(patient.auth)
            .expect(200);
          const slots = (res.body as { slots: { startsAt: string }[] }).slots;
          return { id: doctor.user.doctorId!, fullName: doctor.user.fullName, startsAt: slots[0].startsAt };
        }),
      );
      firsts.sort(
        (a, b) =>
          Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
          a.fullName.localeCompare(b.fullName) ||
          a.id.localeCompare(b.id),
      );
      for (const limit of [1, 3, 10, 40]) {
        const answer = await earliest(patient, { ...range, specialization, limit });
        expect(answer.map((slot) => [slot.doctor.id, slot.startsAt])).toEqual(
          firsts.slice(0, limit).map((first) => [first.id, first.startsAt]),
        );
      }
    });

    it('reads the database a fixed number of times whatever the number of doctors', async () => {
      const few = uniqueSpecialization();
      const many = uniqueSpecialization();
      const handful = await Promise.all([0, 1].map(() => registerDoctor(t, {}, { specialization: few })));
      const crowd = await Promise.all(
        Array.from({ length: 25 }, () => registerDoctor(t, {}, { specialization: many })),
      );
      // One of the few and some of the crowd are off that whole day, so both searches go on into the next window.
      for (const doctor of [handful[0], ...crowd.slice(0, 5)]) {
        await request(t.url)
          .post(`/api/v1/doctors/${doctor.user.doctorId}/time-off`)
          .set(doctor.auth)
          .send({ startsAt: at(day, '00:00'), endsAt: at(plusDays(day, 1), '00:00') })
          .expect(201);
      }
      const patient = await registerPatient(t);
      const query = { from: at(day, '00:00'), to: at(plusDays(day, 7), '00:00'), limit: 50 };
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      // What the request sends (a background sweep that still runs meanwhile is not counted).
      const requestCalls = () =>
        spy.mock.calls.filter(
          ([sql]) => !/expiry_noticed|outbox_events|^\s*(START TRANSACTION|COMMIT)/.test(String(sql)),
        ).length;
      try {
        const forFew = await earliest(patient, { ...query, specialization: few });
        const fewCalls = requestCalls();
        spy.mockClear();
        const forMany = await earliest(patient, { ...query, specialization: many });
        const manyCalls = requestCalls();
        expect(forFew).toHaveLength(2);
        expect(forMany).toHaveLength(25);
        // The candidates, then one read per window (two windows here for both), and at most the caller's lookup.
        expect(manyCalls).toBe(fewCalls);
        expect(manyCalls).toBeLessThanOrEqual(5);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
