import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { DoctorsRepository } from '../../src/doctors/doctors.repository';
import { DoctorScheduleRepository } from '../../src/scheduling/doctor-schedule.repository';
import { at, bookRequest, nextWeekday } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime: '09:00', endTime: '17:00' }));

describe('Doctor schedule and time off (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    patient = await registerPatient(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('weekly hours', () => {
    it('gives a new doctor Monday–Friday 09:00–17:00 in their time zone, readable by any role', async () => {
      const doctor = await registerDoctor(t, {}, { timezone: 'Europe/Berlin' });
      const res = await request(t.url).get(`/api/v1/doctors/${doctor.user.doctorId}/schedule`).set(patient.auth);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ timezone: 'Europe/Berlin', weeklyHours: WEEKDAYS_9_TO_5 });
    });

    it('lets the doctor replace the week, answered sorted by day and start', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      const weeklyHours = [
        { dayOfWeek: 3, startTime: '13:00', endTime: '18:30' },
        { dayOfWeek: 7, startTime: '20:00', endTime: '24:00' },
        { dayOfWeek: 1, startTime: '12:00', endTime: '16:00' },
        { dayOfWeek: 1, startTime: '08:00', endTime: '12:00' },
      ];
      const res = await request(t.url).put(url).set(doctor.auth).send({ weeklyHours }).expect(200);
      const sorted = [weeklyHours[3], weeklyHours[2], weeklyHours[0], weeklyHours[1]];
      expect(res.body).toEqual({ timezone: 'UTC', weeklyHours: sorted });
      const read = await request(t.url).get(url).set(patient.auth).expect(200);
      expect(read.body.weeklyHours).toEqual(sorted);
    });

    it('takes back the very body GET answers, and a timezone in it becomes the doctor’s', async () => {
      const doctor = await registerDoctor(t, {}, { timezone: 'Europe/Berlin' });
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      const read = await request(t.url).get(url).set(doctor.auth).expect(200);
      const same = await request(t.url).put(url).set(doctor.auth).send(read.body).expect(200);
      expect(same.body).toEqual(read.body);

      const moved = { ...read.body, timezone: 'Asia/Kolkata' };
      const res = await request(t.url).put(url).set(doctor.auth).send(moved).expect(200);
      expect(res.body).toEqual({ timezone: 'Asia/Kolkata', weeklyHours: WEEKDAYS_9_TO_5 });
      const profile = await request(t.url).get(`/api/v1/doctors/${doctor.user.doctorId}`).set(patient.auth).expect(200);
      expect(profile.body.timezone).toBe('Asia/Kolkata');
    });

    it('refuses an unknown or null timezone with 400 and changes nothing', async () => {
      const doctor = await registerDoctor(t, {}, { timezone: 'Europe/Berlin' });
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      for (const timezone of ['Mars/Olympus_Mons', null, 42]) {
        const res = await request(t.url).put(url).set(doctor.auth).send({ timezone, weeklyHours: [] }).expect(400);
        expect(res.body.details.length).toBeGreaterThan(0);
        expect(res.body.details.map((detail: { field: string }) => detail.field)).toEqual(
          res.body.details.map(() => 'timezone'),
        );
      }
      const read = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(read.body).toEqual({ timezone: 'Europe/Berlin', weeklyHours: WEEKDAYS_9_TO_5 });
    });

    it('keeps each doctor’s blocks on their row as one text (doctors.weekly_hours), whoever writes them', async () => {
      const doctor = await registerDoctor(t);
      const other = await registerDoctor(t);
      const [doctorId, otherId] = [doctor.user.doctorId!, other.user.doctorId!];
      const url = `/api/v1/doctors/${doctorId}/schedule`;
      const hoursOf = async (doctorId: string) => {
        const [row] = await t.dataSource.query<{ weekly_hours: string | null }[]>(
          'SELECT weekly_hours FROM doctors WHERE id = $1',
          [doctorId],
        );
        return row.weekly_hours;
      };
      expect(await hoursOf(doctorId)).toBe('1:540-1020 2:540-1020 3:540-1020 4:540-1020 5:540-1020');

      const weeklyHours = [
        { dayOfWeek: 3, startTime: '13:00', endTime: '18:30' },
        { dayOfWeek: 1, startTime: '08:00', endTime: '12:00' },
      ];
      await request(t.url).put(url).set(doctor.auth).send({ weeklyHours }).expect(200);
      expect(await hoursOf(doctorId)).toBe('1:480-720 3:780-1110');

      // Written by hand, not through the API: the database keeps the text all the same.
      await t.dataSource.query(
        'UPDATE doctor_working_hours SET end_minute = 700 WHERE doctor_id = $1 AND day_of_week = 1',
        [doctorId],
      );
      expect(await hoursOf(doctorId)).toBe('1:480-700 3:780-1110');
      // A statement that leaves the text as it was does not write the doctor's row (its version stays).
      const versionOf = async () => {
        const [row] = await t.dataSource.query<{ version: string }[]>(
          'SELECT xmin::text AS version FROM doctors WHERE id = $1',
          [doctorId],
        );
        return row.version;
      };
      const version = await versionOf();
      await t.dataSource.query('UPDATE doctor_working_hours SET end_minute = end_minute WHERE doctor_id = $1', [
        doctorId,
      ]);
      expect(await versionOf()).toBe(version);
      await request(t.url)
        .put(`/api/v1/doctors/${otherId}/schedule`)
        .set(other.auth)
        .send({ weeklyHours: [] })
        .expect(200);
      expect(await hoursOf(otherId)).toBeNull();
      await t.dataSource.query(
        'UPDATE doctor_working_hours SET doctor_id = $2 WHERE doctor_id = $1 AND day_of_week = 3',
        [doctor.user.doctorId, other.user.doctorId],
      );
      expect(await hoursOf(doctorId)).toBe('1:480-700');
      expect(await hoursOf(otherId)).toBe('3:780-1110');

      await request(t.url).put(url).set(doctor.auth).send({ weeklyHours: [] }).expect(200);
      expect(await hoursOf(doctorId)).toBeNull();

      // A truncate empties every doctor's text (rolled back, so the other tests keep their hours).
      const runner = t.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('TRUNCATE doctor_working_hours');
        const [left] = (await runner.query(
          'SELECT count(*)::int AS count FROM doctors WHERE weekly_hours IS NOT NULL',
        )) as { count: number }[];
        expect(left.count).toBe(0);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await hoursOf(otherId)).toBe('3:780-1110');
    });

    (process.env.TEST_DATABASE_URL ? it : it.skip)(
      'keeps the text whole when two transactions write blocks of one doctor at once (PostgreSQL only)',
      async () => {
        const doctor = await registerDoctor(t);
        const doctorId = doctor.user.doctorId!;
        await request(t.url)
          .put(`/api/v1/doctors/${doctorId}/schedule`)
          .set(doctor.auth)
          .send({ weeklyHours: [] })
          .expect(200);
        const insert =
          'INSERT INTO doctor_working_hours (doctor_id, day_of_week, start_minute, end_minute) VALUES ($1, $2, 540, 600)';
        const first = t.dataSource.createQueryRunner();
        const second = t.dataSource.createQueryRunner();
        try {
          await first.startTransaction();
          await second.startTransaction();
          await first.query(insert, [doctorId, 1]);
          // The second statement's trigger waits for the first transaction's lock on the doctor row.
          const waiting = second.query(insert, [doctorId, 2]);
          for (let attempt = 0; attempt < 100; attempt += 1) {
            const [row] = await t.dataSource.query<{ count: number }[]>(
              `SELECT count(*)::int AS count FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            );
            if (row.count > 0) {
              break;
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await first.commitTransaction();
          await waiting;
          await second.commitTransaction();
        } finally {
          await first.release();
          await second.release();
        }
        const [row] = await t.dataSource.query<{ weekly_hours: string | null }[]>(
          'SELECT weekly_hours FROM doctors WHERE id = $1',
          [doctorId],
        );
        // Read after the first committed, the second's text holds both blocks, not only its own.
        expect(row.weekly_hours).toBe('1:540-600 2:540-600');
      },
    );

    (process.env.TEST_DATABASE_URL ? it : it.skip)(
      "does not hold up the doctor's bookings while the week or the profile is being changed (PostgreSQL only)",
      async () => {
        const doctor = await registerDoctor(t);
        const doctorId = doctor.user.doctorId!;
        const day = nextWeekday(7);
        const locks: [string, (em: EntityManager) => Promise<unknown>][] = [
          ['the week', (em) => t.app.get(DoctorScheduleRepository).lockDoctor(doctorId, em)],
          ['the profile', (em) => t.app.get(DoctorsRepository).lockById(doctorId, em)],
        ];
        for (const [index, [what, lock]] of locks.entries()) {
          const runner = t.dataSource.createQueryRunner();
          await runner.startTransaction();
          try {
            expect(await lock(runner.manager)).toBeTruthy();
            // A booking's insert checks its doctor through the foreign key, which takes FOR KEY SHARE on the row.
            const [probe] = await t.dataSource.query<{ ok: number }[]>(
              'SELECT 1 AS ok FROM doctors WHERE id = $1 FOR KEY SHARE NOWAIT',
              [doctorId],
            );
            expect({ what, probe }).toEqual({ what, probe: { ok: 1 } });
            const res = await bookRequest(t, patient, {
              doctorId,
              startsAt: at(day, index === 0 ? '10:00' : '11:00'),
              durationMinutes: 30,
            });
            expect({ what, status: res.status }).toEqual({ what, status: 201 });
          } finally {
            await runner.rollbackTransaction();
            await runner.release();
          }
        }
      },
    );

    it('accepts an empty week', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      await request(t.url).put(url).set(doctor.auth).send({ weeklyHours: [] }).expect(200);
      const read = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(read.body.weeklyHours).toEqual([]);
    });

    it('lets an admin replace it; refuses another doctor and a patient with 403', async () => {
      const doctor = await registerDoctor(t);
      const other = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      const body = { weeklyHours: [{ dayOfWeek: 6, startTime: '10:00', endTime: '14:00' }] };
      const forbidden = await request(t.url).put(url).set(other.auth).send(body).expect(403);
      expect(forbidden.body.code).toBe('FORBIDDEN');
      await request(t.url).put(url).set(patient.auth).send(body).expect(403);
      await request(t.url).put(url).set(admin.auth).send(body).expect(200);
      const read = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(read.body.weeklyHours).toEqual(body.weeklyHours);
    });

    it('answers 400 VALIDATION_FAILED naming the block for bad times, reversed and overlapping blocks', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      const cases: [object[], string][] = [
        [[{ dayOfWeek: 1, startTime: '9:00', endTime: '17:00' }], 'weeklyHours.0.startTime'],
        [[{ dayOfWeek: 1, startTime: '24:00', endTime: '24:00' }], 'weeklyHours.0.startTime'],
        [[{ dayOfWeek: 1, startTime: '09:00', endTime: '24:30' }], 'weeklyHours.0.endTime'],
        [[{ dayOfWeek: 8, startTime: '09:00', endTime: '17:00' }], 'weeklyHours.0.dayOfWeek'],
        [[{ dayOfWeek: 0, startTime: '09:00', endTime: '17:00' }], 'weeklyHours.0.dayOfWeek'],
        [[{ dayOfWeek: 2, startTime: '17:00', endTime: '09:00' }], 'weeklyHours.0.endTime'],
        [[{ dayOfWeek: 2, startTime: '09:00', endTime: '09:00' }], 'weeklyHours.0.endTime'],
        [
          [
            { dayOfWeek: 2, startTime: '08:00', endTime: '09:00' },
            { dayOfWeek: 4, startTime: '09:00', endTime: '12:00' },
            { dayOfWeek: 4, startTime: '11:30', endTime: '15:00' },
          ],
          'weeklyHours.2.startTime',
        ],
        [[{ dayOfWeek: 1, startTime: '09:00', endTime: '17:00', note: 'x' }], 'weeklyHours.0.note'],
      ];
      for (const [weeklyHours, field] of cases) {
        const res = await request(t.url).put(url).set(doctor.auth).send({ weeklyHours });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      // None of the refused bodies changed anything.
      const read = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(read.body.weeklyHours).toEqual(WEEKDAYS_9_TO_5);
    });

    it('refuses more than 50 blocks and a body without weeklyHours', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/schedule`;
      const many = Array.from({ length: 51 }, (_, i) => ({
        dayOfWeek: (i % 7) + 1,
        startTime: `${String(Math.floor(i / 7)).padStart(2, '0')}:00`,
        endTime: `${String(Math.floor(i / 7)).padStart(2, '0')}:30`,
      }));
      const tooMany = await request(t.url).put(url).set(doctor.auth).send({ weeklyHours: many }).expect(400);
      expect(tooMany.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'weeklyHours' })]));
      await request(t.url).put(url).set(doctor.auth).send({}).expect(400);
      await request(t.url).put(url).set(doctor.auth).send({ weeklyHours: 'all week' }).expect(400);
    });

    it('answers 400 for a malformed id and 404 DOCTOR_NOT_FOUND for an unknown doctor', async () => {
      await request(t.url).get('/api/v1/doctors/nope/schedule').set(patient.auth).expect(400);
      const get = await request(t.url).get(`/api/v1/doctors/${UNKNOWN_ID}/schedule`).set(patient.auth).expect(404);
      expect(get.body.code).toBe('DOCTOR_NOT_FOUND');
      const put = await request(t.url)
        .put(`/api/v1/doctors/${UNKNOWN_ID}/schedule`)
        .set(admin.auth)
        .send({ weeklyHours: WEEKDAYS_9_TO_5 })
        .expect(404);
      expect(put.body.code).toBe('DOCTOR_NOT_FOUND');
    });
  });

  describe('time off', () => {
    it('lets the doctor add a time off, answered in UTC', async () => {
      const doctor = await registerDoctor(t);
      const res = await request(t.url)
        .post(`/api/v1/doctors/${doctor.user.doctorId}/time-off`)
        .set(doctor.auth)
        .send({ startsAt: '2027-08-02T09:00:00+02:00', endsAt: '2027-08-16T00:00:00+02:00', reason: 'Summer break' })
        .expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        doctorId: doctor.user.doctorId,
        startsAt: '2027-08-02T07:00:00.000Z',
        endsAt: '2027-08-15T22:00:00.000Z',
        reason: 'Summer break',
        createdAt: expect.stringMatching(/Z$/),
      });
    });

    it('lists time off in start order, filtered to what overlaps from/to, paged', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/time-off`;
      for (const [startsAt, endsAt] of [
        ['2027-05-10T00:00Z', '2027-05-12T00:00Z'],
        ['2027-03-01T00:00Z', '2027-03-02T00:00Z'],
        ['2027-04-01T00:00Z', '2027-04-03T00:00Z'],
      ]) {
        await request(t.url).post(url).set(doctor.auth).send({ startsAt, endsAt }).expect(201);
      }
      const all = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(all.body.data.map((o: { startsAt: string }) => o.startsAt)).toEqual([
        '2027-03-01T00:00:00.000Z',
        '2027-04-01T00:00:00.000Z',
        '2027-05-10T00:00:00.000Z',
      ]);
      expect(all.body.data[0].reason).toBeNull();
      expect(all.body.meta).toEqual({ page: 1, limit: 20, total: 3, totalPages: 1 });

      const overlapping = await request(t.url)
        .get(`${url}?from=2027-04-02T12:00Z&to=2027-05-10T00:00Z`)
        .set(doctor.auth)
        .expect(200);
      expect(overlapping.body.data.map((o: { startsAt: string }) => o.startsAt)).toEqual(['2027-04-01T00:00:00.000Z']);

      const page = await request(t.url).get(`${url}?limit=2&page=2`).set(doctor.auth).expect(200);
      expect(page.body.data).toHaveLength(1);
      expect(page.body.meta).toEqual({ page: 2, limit: 2, total: 3, totalPages: 2 });
    });

    it('lets the doctor delete a time off: 204, then 404 TIME_OFF_NOT_FOUND', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/time-off`;
      const created = await request(t.url)
        .post(url)
        .set(doctor.auth)
        .send({ startsAt: '2027-06-01T00:00Z', endsAt: '2027-06-02T00:00Z' })
        .expect(201);
      await request(t.url).delete(`${url}/${created.body.id}`).set(doctor.auth).expect(204);
      const again = await request(t.url).delete(`${url}/${created.body.id}`).set(doctor.auth).expect(404);
      expect(again.body.code).toBe('TIME_OFF_NOT_FOUND');
      const list = await request(t.url).get(url).set(doctor.auth).expect(200);
      expect(list.body.data).toEqual([]);
      await request(t.url).delete(`${url}/not-a-uuid`).set(doctor.auth).expect(400);
    });

    it("does not let a doctor delete another doctor's time off through their own id", async () => {
      const owner = await registerDoctor(t);
      const intruder = await registerDoctor(t);
      const created = await request(t.url)
        .post(`/api/v1/doctors/${owner.user.doctorId}/time-off`)
        .set(owner.auth)
        .send({ startsAt: '2027-06-01T00:00Z', endsAt: '2027-06-02T00:00Z' })
        .expect(201);
      const res = await request(t.url)
        .delete(`/api/v1/doctors/${intruder.user.doctorId}/time-off/${created.body.id}`)
        .set(intruder.auth)
        .expect(404);
      expect(res.body.code).toBe('TIME_OFF_NOT_FOUND');
      const list = await request(t.url).get(`/api/v1/doctors/${owner.user.doctorId}/time-off`).set(owner.auth);
      expect(list.body.meta.total).toBe(1);
    });

    it('refuses time off to other doctors and to patients with 403, and lets an admin manage it', async () => {
      const doctor = await registerDoctor(t);
      const other = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/time-off`;
      const body = { startsAt: '2027-07-01T00:00Z', endsAt: '2027-07-02T00:00Z' };
      for (const caller of [other, patient]) {
        await request(t.url).post(url).set(caller.auth).send(body).expect(403);
        await request(t.url).get(url).set(caller.auth).expect(403);
      }
      const created = await request(t.url).post(url).set(admin.auth).send(body).expect(201);
      await request(t.url).delete(`${url}/${created.body.id}`).set(other.auth).expect(403);
      await request(t.url).delete(`${url}/${created.body.id}`).set(patient.auth).expect(403);
      const list = await request(t.url).get(url).set(admin.auth).expect(200);
      expect(list.body.meta.total).toBe(1);
      await request(t.url).delete(`${url}/${created.body.id}`).set(admin.auth).expect(204);
    });

    it('answers 400 for times without an offset, a reversed or too long period and a long reason', async () => {
      const doctor = await registerDoctor(t);
      const url = `/api/v1/doctors/${doctor.user.doctorId}/time-off`;
      const cases: [object, string][] = [
        [{ startsAt: '2027-07-01T00:00:00', endsAt: '2027-07-02T00:00Z' }, 'startsAt'],
        [{ startsAt: '2027-07-01', endsAt: '2027-07-02T00:00Z' }, 'startsAt'],
        [{ startsAt: '2027-07-01T00:00Z', endsAt: 'tomorrow' }, 'endsAt'],
        [{ startsAt: '2027-02-30T00:00Z', endsAt: '2027-03-02T00:00Z' }, 'startsAt'],
        [{ startsAt: '2027-07-02T00:00Z', endsAt: '2027-07-01T00:00Z' }, 'endsAt'],
        [{ startsAt: '2027-07-01T00:00Z', endsAt: '2027-07-01T00:00Z' }, 'endsAt'],
        [{ startsAt: '2027-01-01T00:00Z', endsAt: '2028-01-03T00:00Z' }, 'endsAt'],
        [{ startsAt: '2027-07-01T00:00Z', endsAt: '2027-07-02T00:00Z', reason: 'x'.repeat(501) }, 'reason'],
        [{ startsAt: '2027-07-01T00:00Z', endsAt: '2027-07-02T00:00Z', doctorId: UNKNOWN_ID }, 'doctorId'],
        [{ endsAt: '2027-07-02T00:00Z' }, 'startsAt'],
      ];
      for (const [body, field] of cases) {
        const res = await request(t.url).post(url).set(doctor.auth).send(body);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      const bad = await request(t.url).get(`${url}?from=2027-07-01`).set(doctor.auth).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('accepts a time off of exactly 366 days', async () => {
      const doctor = await registerDoctor(t);
      await request(t.url)
        .post(`/api/v1/doctors/${doctor.user.doctorId}/time-off`)
        .set(doctor.auth)
        .send({ startsAt: '2027-01-01T00:00Z', endsAt: '2028-01-02T00:00Z' })
        .expect(201);
    });

    it('answers 404 DOCTOR_NOT_FOUND to an admin for an unknown doctor', async () => {
      const url = `/api/v1/doctors/${UNKNOWN_ID}/time-off`;
      const post = await request(t.url)
        .post(url)
        .set(admin.auth)
        .send({ startsAt: '2027-07-01T00:00Z', endsAt: '2027-07-02T00:00Z' })
        .expect(404);
      expect(post.body.code).toBe('DOCTOR_NOT_FOUND');
      const list = await request(t.url).get(url).set(admin.auth).expect(404);
      expect(list.body.code).toBe('DOCTOR_NOT_FOUND');
    });
  });
});
