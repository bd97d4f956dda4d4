import request from 'supertest';
import { at, bookRequest, nextWeekday, weekdayAfter } from '../support/appointments';
import { hold, holdRequest, setPolicy } from '../support/booking-policy';
import { registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const MINUTE_MS = 60_000;

function countBy(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) {
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

describe('Buffers and holds under concurrency (e2e)', () => {
  let t: TestApp;
  const day = nextWeekday(3);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const patientsOf = (n: number): Promise<Session[]> =>
    Promise.all(Array.from({ length: n }, () => registerPatient(t)));

  /** Pairs of the doctor's slot-holding appointments whose blocked ranges overlap (none may). */
  const overlappingBlockedRanges = async (doctorId: string): Promise<number> => {
    const rows: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM appointments a JOIN appointments b ON a.id < b.id
        WHERE a.doctor_id = $1 AND b.doctor_id = $1
          AND a.status <> 'cancelled' AND b.status <> 'cancelled' AND a.deleted_at IS NULL AND b.deleted_at IS NULL
          AND tstzrange(COALESCE(a.blocked_from, a.starts_at), COALESCE(a.blocked_to, a.ends_at), '[)')
           && tstzrange(COALESCE(b.blocked_from, b.starts_at), COALESCE(b.blocked_to, b.ends_at), '[)')`,
      [doctorId],
    );
    return rows[0].n;
  };

  const liveHolds = async (doctorId: string): Promise<number> => {
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM appointment_holds WHERE doctor_id = $1 AND expires_at > now()',
      [doctorId],
    );
    return rows[0].n;
  };

  const appointmentsOf = async (doctorId: string): Promise<{ id: string; starts_at: Date }[]> =>
    t.dataSource.query(`SELECT id, starts_at FROM appointments WHERE doctor_id = $1 AND status <> 'cancelled'`, [
      doctorId,
    ]);

  it('lets exactly the possible winners of 50 patients racing for buffered neighbouring times book, the rest 409', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    // Each 30-minute appointment at s blocks [s − 10, s + 50): two starts less than an hour apart collide only
    // through their buffers (or through overlapping as well).
    await setPolicy(t, doctor, doctorId, { bufferBeforeMinutes: 10, bufferAfterMinutes: 20 });
    const patients = await patientsOf(50);
    const starts = patients.map((_, i) => Date.parse(at(day, '09:00')) + i * 5 * MINUTE_MS);
    const answers = await Promise.all(
      patients.map((patient, i) => bookRequest(t, patient, { doctorId, startsAt: new Date(starts[i]).toISOString() })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body.code).toBe('APPOINTMENT_CONFLICT');
    }
    const winners = starts.filter((_, i) => statuses[i] === 201);
    const losers = starts.filter((_, i) => statuses[i] === 409);
    const collide = (a: number, b: number) => Math.abs(a - b) < 60 * MINUTE_MS;
    // No two winners collide, and every loser collides with a winner (else it had to win: nothing else refuses it).
    for (const [i, a] of winners.entries()) {
      for (const b of winners.slice(i + 1)) {
        expect(collide(a, b)).toBe(false);
      }
    }
    for (const loser of losers) {
      expect(winners.some((winner) => collide(winner, loser))).toBe(true);
    }
    // 50 starts 5 minutes apart span 4 h 05: at most 5 fit an hour apart, and no fewer than 3 cover them all.
    expect(winners.length).toBeGreaterThanOrEqual(3);
    expect(winners.length).toBeLessThanOrEqual(5);
    const stored = await appointmentsOf(doctorId);
    expect(stored.map((row) => new Date(row.starts_at).getTime()).sort()).toEqual([...winners].sort());
    expect(await overlappingBlockedRanges(doctorId)).toBe(0);
  });

  it('never lets two buffered bookings, moves and holds of neighbouring times both win (mixed race)', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 30 });
    const patients = await patientsOf(50);
    // Eight patients first book the next day (an hour apart); then all race around 10:00–12:00: those eight move
    // there, the others book or hold.
    const movers = patients.slice(0, 8);
    const booked: { session: Session; id: string }[] = [];
    for (const [i, session] of movers.entries()) {
      const res = await bookRequest(t, session, {
        doctorId,
        startsAt: new Date(Date.parse(at(weekdayAfter(day, 1), '09:00')) + i * 60 * MINUTE_MS).toISOString(),
      }).expect(201);
      booked.push({ session, id: res.body.id as string });
    }
    const racers = patients.slice(8);
    const time = (i: number) => new Date(Date.parse(at(day, '10:00')) + (i % 24) * 5 * MINUTE_MS).toISOString();
    const answers = await Promise.all([
      ...booked.map(({ session, id }, i) =>
        request(t.url)
          .patch(`/api/v1/appointments/${id}`)
          .set(session.auth)
          .send({ startsAt: time(i * 3) }),
      ),
      ...racers.map((session, i) =>
        i % 2 === 0
          ? bookRequest(t, session, { doctorId, startsAt: time(i + 1) })
          : holdRequest(t, session, { doctorId, startsAt: time(i + 2) }),
      ),
    ]);
    for (const answer of answers) {
      expect([200, 201, 409]).toContain(answer.status);
      if (answer.status === 409) {
        expect(answer.body.code).toBe('APPOINTMENT_CONFLICT');
      }
    }
    expect(await overlappingBlockedRanges(doctorId)).toBe(0);
    // Nor does a live hold overlap an appointment's or another hold's blocked range.
    const clashes: { n: number }[] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM appointment_holds h JOIN appointments a ON a.doctor_id = h.doctor_id
                WHERE h.doctor_id = $1 AND h.expires_at > now() AND a.status <> 'cancelled' AND a.deleted_at IS NULL
                  AND a.patient_id <> h.patient_id
                  AND tstzrange(h.blocked_from, h.blocked_to, '[)')
                   && tstzrange(COALESCE(a.blocked_from, a.starts_at), COALESCE(a.blocked_to, a.ends_at), '[)'))
            + (SELECT count(*) FROM appointment_holds h JOIN appointment_holds g ON h.id < g.id AND g.doctor_id = h.doctor_id
                WHERE h.doctor_id = $1 AND h.expires_at > now() AND g.expires_at > now()
                  AND tstzrange(h.blocked_from, h.blocked_to, '[)') && tstzrange(g.blocked_from, g.blocked_to, '[)'))
              AS n`,
      [doctorId],
    );
    expect(Number(clashes[0].n)).toBe(0);
    expect(answers.filter((answer) => answer.status === 409).length).toBeGreaterThan(0);
  });

  it('lets exactly one of 50 patients win one interval when holds and bookings of overlapping times race', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    const patients = await patientsOf(50);
    // Starts 09:45 … 10:10: every two of these 30-minute intervals overlap.
    const time = (i: number) => new Date(Date.parse(at(day, '09:45')) + (i % 6) * 5 * MINUTE_MS).toISOString();
    const answers = await Promise.all(
      patients.map((patient, i) =>
        i % 2 === 0
          ? holdRequest(t, patient, { doctorId, startsAt: time(i) })
          : bookRequest(t, patient, { doctorId, startsAt: time(i) }),
      ),
    );
    expect(countBy(answers.map((answer) => answer.status))).toEqual({ 201: 1, 409: 49 });
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body.code).toBe('APPOINTMENT_CONFLICT');
    }
    const winner = answers.findIndex((answer) => answer.status === 201);
    const stored = await appointmentsOf(doctorId);
    const holds = await liveHolds(doctorId);
    expect(stored.length + holds).toBe(1);
    expect(holds).toBe(winner % 2 === 0 ? 1 : 0);
  });

  it('lets the holder win against 49 patients booking or holding the held interval (buffers included)', async () => {
    const doctor = await registerDoctor(t);
    const doctorId = doctor.user.doctorId!;
    await setPolicy(t, doctor, doctorId, { bufferAfterMinutes: 15 });
    const [holder, ...others] = await patientsOf(50);
    const held = await hold(t, holder, { doctorId, startsAt: at(day, '11:00') });
    // The hold blocks [11:00, 11:45): every one of these collides with it (11:30 only through its buffer).
    const times = ['10:45', '11:00', '11:15', '11:30', '10:40'].map((time) => at(day, time));
    const answers = await Promise.all([
      bookRequest(t, holder, { doctorId, startsAt: at(day, '11:00'), holdId: held.id }),
      ...others.map((patient, i) =>
        i % 3 === 0
          ? holdRequest(t, patient, { doctorId, startsAt: times[i % times.length] })
          : bookRequest(t, patient, { doctorId, startsAt: times[i % times.length] }),
      ),
    ]);
    expect(answers[0].status).toBe(201);
    expect(countBy(answers.slice(1).map((answer) => answer.status))).toEqual({ 409: 49 });
    const stored = await appointmentsOf(doctorId);
    expect(stored.map((row) => row.id)).toEqual([answers[0].body.id]);
    expect(await liveHolds(doctorId)).toBe(0);
    expect(await overlappingBlockedRanges(doctorId)).toBe(0);
  });
});
