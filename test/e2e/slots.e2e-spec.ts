import { DateTime } from 'luxon';
import request from 'supertest';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
// 2027-03-01 is a Monday; every range here is in the future.
const MONDAY = { from: '2027-03-01T00:00:00Z', to: '2027-03-02T00:00:00Z' };

interface Slot {
  startsAt: string;
  endsAt: string;
}

const startsOf = (slots: Slot[]) => slots.map((s) => s.startsAt);

describe('Doctor free slots (e2e)', () => {
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

  const slotsOf = async (doctorId: string, query: Record<string, string | number>, caller: Session = patient) => {
    const res = await request(t.url).get(`/api/v1/doctors/${doctorId}/slots`).query(query).set(caller.auth);
    expect(res.status).toBe(200);
    return res.body as { doctorId: string; timezone: string; durationMinutes: number; slots: Slot[] };
  };

  // Straight into the table (the booking route is not under test here), each for a fresh patient so the
  // patient-overlap constraint never fires.
  const insertAppointment = async (
    doctorId: string,
    startsAt: string,
    minutes: number,
    fields: { status?: string; deleted?: boolean } = {},
  ) => {
    const booker = await registerPatient(t);
    await t.dataSource.query(
      `INSERT INTO appointments (patient_id, doctor_id, starts_at, ends_at, duration_minutes, status, deleted_at)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + make_interval(mins => $4), $4, $5, $6)`,
      [
        booker.user.patientId,
        doctorId,
        startsAt,
        minutes,
        fields.status ?? 'confirmed',
        fields.deleted ? new Date().toISOString() : null,
      ],
    );
  };

  it('offers the half-hour grid of the working hours to any role by default', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    for (const caller of [patient, doctor, admin]) {
      const body = await slotsOf(doctorId, MONDAY, caller);
      expect(body).toMatchObject({ doctorId, timezone: 'UTC', durationMinutes: 30 });
      expect(body.slots).toHaveLength(16);
      expect(body.slots[0]).toEqual({ startsAt: '2027-03-01T09:00:00.000Z', endsAt: '2027-03-01T09:30:00.000Z' });
      expect(body.slots[15]).toEqual({ startsAt: '2027-03-01T16:30:00.000Z', endsAt: '2027-03-01T17:00:00.000Z' });
    }
  });

  it('steps the grid by durationMinutes from the start of each block, and only where a slot fits', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await request(t.url)
      .put(`/api/v1/doctors/${doctorId}/schedule`)
      .set(doctor.auth)
      .send({
        weeklyHours: [
          { dayOfWeek: 1, startTime: '08:15', endTime: '10:00' },
          { dayOfWeek: 1, startTime: '13:00', endTime: '14:00' },
        ],
      })
      .expect(200);
    const body = await slotsOf(doctorId, { ...MONDAY, durationMinutes: 45 });
    expect(body.durationMinutes).toBe(45);
    expect(body.slots).toEqual([
      { startsAt: '2027-03-01T08:15:00.000Z', endsAt: '2027-03-01T09:00:00.000Z' },
      { startsAt: '2027-03-01T09:00:00.000Z', endsAt: '2027-03-01T09:45:00.000Z' },
      { startsAt: '2027-03-01T13:00:00.000Z', endsAt: '2027-03-01T13:45:00.000Z' },
    ]);
  });

  it('offers nothing outside working hours', async () => {
    const doctor = await registerDoctor(t);
    // 2027-03-06/07 are Saturday and Sunday.
    const body = await slotsOf(doctor.user.doctorId!, { from: '2027-03-06T00:00Z', to: '2027-03-08T00:00Z' });
    expect(body.slots).toEqual([]);
  });

  it('offers nothing for a deactivated doctor, who cannot be booked (their hours stay readable)', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await request(t.url).delete(`/api/v1/users/${doctor.user.id}`).set(admin.auth).expect(204);
    expect((await slotsOf(doctorId, MONDAY)).slots).toEqual([]);
    const schedule = await request(t.url).get(`/api/v1/doctors/${doctorId}/schedule`).set(admin.auth).expect(200);
    expect(schedule.body.weeklyHours.length).toBeGreaterThan(0);
  });

  it('offers slots starting in [from, to) only', async () => {
    const doctor = await registerDoctor(t);
    const body = await slotsOf(doctor.user.doctorId!, { from: '2027-03-01T10:10Z', to: '2027-03-01T11:30Z' });
    expect(startsOf(body.slots)).toEqual(['2027-03-01T10:30:00.000Z', '2027-03-01T11:00:00.000Z']);
  });

  it('leaves out time off', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await request(t.url)
      .post(`/api/v1/doctors/${doctorId}/time-off`)
      .set(doctor.auth)
      .send({ startsAt: '2027-03-01T10:00:00+00:00', endsAt: '2027-03-01T12:15:00+00:00' })
      .expect(201);
    const body = await slotsOf(doctorId, MONDAY);
    const starts = startsOf(body.slots);
    expect(starts).toContain('2027-03-01T09:30:00.000Z');
    expect(starts).not.toContain('2027-03-01T10:00:00.000Z');
    expect(starts).not.toContain('2027-03-01T12:00:00.000Z');
    expect(starts).toContain('2027-03-01T12:30:00.000Z');
    expect(body.slots).toHaveLength(16 - 5);
  });

  it('leaves out slots overlapping a non-cancelled appointment, not a cancelled or deleted one', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await insertAppointment(doctorId, '2027-03-01T10:15:00Z', 30, { status: 'pending' });
    await insertAppointment(doctorId, '2027-03-01T14:00:00Z', 60, { status: 'cancelled' });
    await insertAppointment(doctorId, '2027-03-01T15:00:00Z', 30, { status: 'confirmed', deleted: true });
    const body = await slotsOf(doctorId, MONDAY);
    const starts = startsOf(body.slots);
    expect(starts).not.toContain('2027-03-01T10:00:00.000Z');
    expect(starts).not.toContain('2027-03-01T10:30:00.000Z');
    expect(starts).toContain('2027-03-01T11:00:00.000Z');
    expect(starts).toContain('2027-03-01T14:00:00.000Z');
    expect(starts).toContain('2027-03-01T15:00:00.000Z');
    expect(body.slots).toHaveLength(14);
  });

  it("sees an appointment that started before the range and ignores other doctors' appointments", async () => {
    const doctor = await registerDoctor(t);
    const other = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await insertAppointment(doctorId, '2027-03-01T09:00:00Z', 120);
    await insertAppointment(other.user.doctorId!, '2027-03-01T13:00:00Z', 30);
    const body = await slotsOf(doctorId, { from: '2027-03-01T10:00Z', to: '2027-03-01T14:00Z' });
    expect(startsOf(body.slots)).toEqual([
      '2027-03-01T11:00:00.000Z',
      '2027-03-01T11:30:00.000Z',
      '2027-03-01T12:00:00.000Z',
      '2027-03-01T12:30:00.000Z',
      '2027-03-01T13:00:00.000Z',
      '2027-03-01T13:30:00.000Z',
    ]);
  });

  it('never offers a slot that starts in the past', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await request(t.url)
      .put(`/api/v1/doctors/${doctorId}/schedule`)
      .set(doctor.auth)
      .send({
        weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, startTime: '00:00', endTime: '24:00' })),
      })
      .expect(200);
    const before = Date.now();
    const body = await slotsOf(doctorId, {
      from: new Date(before - 86_400_000).toISOString(),
      to: new Date(before + 86_400_000).toISOString(),
    });
    const after = Date.now();
    const starts = body.slots.map((s) => Date.parse(s.startsAt));
    expect(starts.length).toBeGreaterThan(40);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(before);
    // The first free slot is the next point of the half-hour grid.
    expect(starts[0]).toBeLessThan(after + 30 * 60_000);
  });

  it('keeps 09:00 local for a Berlin doctor in the weeks before and after the October change', async () => {
    const doctor = await registerDoctor(t, {}, { timezone: 'Europe/Berlin' });
    // Berlin leaves summer time on 2027-10-31: +02:00 before, +01:00 after.
    const body = await slotsOf(doctor.user.doctorId!, {
      from: '2027-10-25T00:00:00+02:00',
      to: '2027-11-06T00:00:00+01:00',
    });
    expect(body.timezone).toBe('Europe/Berlin');
    const byDay = new Map<string, Slot[]>();
    for (const slot of body.slots) {
      const day = DateTime.fromISO(slot.startsAt, { zone: 'Europe/Berlin' }).toISODate()!;
      byDay.set(day, [...(byDay.get(day) ?? []), slot]);
    }
    const firstAndLast = Object.fromEntries(
      [...byDay].map(([day, slots]) => [day, [slots[0].startsAt, slots[slots.length - 1].endsAt]]),
    );
    expect(firstAndLast).toEqual({
      '2027-10-25': ['2027-10-25T07:00:00.000Z', '2027-10-25T15:00:00.000Z'],
      '2027-10-26': ['2027-10-26T07:00:00.000Z', '2027-10-26T15:00:00.000Z'],
      '2027-10-27': ['2027-10-27T07:00:00.000Z', '2027-10-27T15:00:00.000Z'],
      '2027-10-28': ['2027-10-28T07:00:00.000Z', '2027-10-28T15:00:00.000Z'],
      '2027-10-29': ['2027-10-29T07:00:00.000Z', '2027-10-29T15:00:00.000Z'],
      '2027-11-01': ['2027-11-01T08:00:00.000Z', '2027-11-01T16:00:00.000Z'],
      '2027-11-02': ['2027-11-02T08:00:00.000Z', '2027-11-02T16:00:00.000Z'],
      '2027-11-03': ['2027-11-03T08:00:00.000Z', '2027-11-03T16:00:00.000Z'],
      '2027-11-04': ['2027-11-04T08:00:00.000Z', '2027-11-04T16:00:00.000Z'],
      '2027-11-05': ['2027-11-05T08:00:00.000Z', '2027-11-05T16:00:00.000Z'],
    });
    expect(body.slots).toHaveLength(10 * 16);
  });

  it('answers 400 RANGE_TOO_LARGE beyond 31 days and accepts exactly 31', async () => {
    const doctorId = (await registerDoctor(t)).user.doctorId!;
    const res = await request(t.url)
      .get(`/api/v1/doctors/${doctorId}/slots`)
      .query({ from: '2027-03-01T00:00Z', to: '2027-04-01T00:01Z' })
      .set(patient.auth)
      .expect(400);
    expect(res.body.code).toBe('RANGE_TOO_LARGE');
    const month = await slotsOf(doctorId, { from: '2027-03-01T00:00Z', to: '2027-04-01T00:00Z' });
    expect(month.slots).toHaveLength(23 * 16);
  });

  it('answers 400 VALIDATION_FAILED for a missing, offset-less or reversed range and a bad duration', async () => {
    const doctorId = (await registerDoctor(t)).user.doctorId!;
    const cases: [Record<string, string | number>, string][] = [
      [{ to: MONDAY.to }, 'from'],
      [{ from: MONDAY.from }, 'to'],
      [{ from: '2027-03-01T00:00:00', to: MONDAY.to }, 'from'],
      [{ from: '2027-03-01', to: MONDAY.to }, 'from'],
      [{ from: MONDAY.to, to: MONDAY.from }, 'to'],
      [{ from: MONDAY.from, to: MONDAY.from }, 'to'],
      [{ ...MONDAY, durationMinutes: 7 }, 'durationMinutes'],
      [{ ...MONDAY, durationMinutes: 0 }, 'durationMinutes'],
      [{ ...MONDAY, durationMinutes: 485 }, 'durationMinutes'],
      [{ ...MONDAY, durationMinutes: 'half-hour' }, 'durationMinutes'],
      [{ ...MONDAY, limit: 10 }, 'limit'],
    ];
    for (const [query, field] of cases) {
      const res = await request(t.url).get(`/api/v1/doctors/${doctorId}/slots`).query(query).set(patient.auth);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('answers 400 for a malformed doctor id, 404 DOCTOR_NOT_FOUND for an unknown one, 401 without a token', async () => {
    await request(t.url).get('/api/v1/doctors/xyz/slots').query(MONDAY).set(patient.auth).expect(400);
    const res = await request(t.url)
      .get(`/api/v1/doctors/${UNKNOWN_ID}/slots`)
      .query(MONDAY)
      .set(patient.auth)
      .expect(404);
    expect(res.body.code).toBe('DOCTOR_NOT_FOUND');
    await request(t.url).get(`/api/v1/doctors/${UNKNOWN_ID}/slots`).query(MONDAY).expect(401);
  });

  it('reads the database the same few times for a day as for a month', async () => {
    const doctorId = (await registerDoctor(t)).user.doctorId!;
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      // What the request sends: a background sweep (expired holds, the outbox) that runs meanwhile is not counted.
      const requestCalls = () =>
        spy.mock.calls.filter(
          ([sql]) => !/expiry_noticed|outbox_events|^\s*(START TRANSACTION|COMMIT|ROLLBACK)/.test(String(sql)),
        ).length;
      await slotsOf(doctorId, MONDAY);
      const forADay = requestCalls();
      spy.mockClear();
      await slotsOf(doctorId, { from: '2027-03-01T00:00Z', to: '2027-04-01T00:00Z' });
      const forAMonth = requestCalls();
      expect(forAMonth).toBe(forADay);
      // The caller's own lookup, then working hours, time off and appointments.
      expect(forAMonth).toBeLessThanOrEqual(4);
    } finally {
      spy.mockRestore();
    }
  });
});
