import { randomBytes } from 'node:crypto';
import { at, bookRequest, nextWeekday } from '../support/appointments';
import { hold, holdRequest, setPolicy } from '../support/booking-policy';
import { registerDoctor, registerPatient } from '../support/factories';
import { freshDatabase, startTestApp, type TestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_TEST_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('Holds across two instances (e2e)', () => {
  // Two instances must share one database, which the in-memory embedded database cannot do.
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  const env = { REDIS_URL, REDIS_PREFIX: `test-${process.pid}-${randomBytes(4).toString('hex')}` };
  const day = nextWeekday(3);
  let db: { url: string; drop(): Promise<void> };
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    db = await freshDatabase();
    a = await startTestApp(env, db);
    b = await startTestApp(env, db);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('blocks a booking and a hold on one instance with a hold made on the other, buffers included', async () => {
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    await setPolicy(b, doctor, doctorId, { bufferAfterMinutes: 15 });
    const [holder, other] = await Promise.all([registerPatient(a), registerPatient(b)]);
    const held = await hold(a, holder, { doctorId, startsAt: at(day, '10:00') });
    for (const startsAt of [at(day, '10:00'), at(day, '10:30')]) {
      const booking = await bookRequest(b, other, { doctorId, startsAt });
      expect([startsAt, booking.status, booking.body.code]).toEqual([startsAt, 409, 'APPOINTMENT_CONFLICT']);
      const holding = await holdRequest(b, other, { doctorId, startsAt });
      expect([startsAt, holding.status]).toEqual([startsAt, 409]);
    }
    // Its patient books it on the other instance.
    await bookRequest(b, holder, { doctorId, startsAt: at(day, '10:00'), holdId: held.id }).expect(201);
    await bookRequest(a, other, { doctorId, startsAt: at(day, '10:45') }).expect(201);
  });

  it('lets exactly one of 40 patients on two instances win when holds and bookings of one interval race', async () => {
    const doctor = await registerDoctor(a);
    const doctorId = doctor.user.doctorId!;
    const patients = await Promise.all(Array.from({ length: 40 }, (_, i) => registerPatient(i % 2 ? a : b)));
    const startsAt = (i: number) => new Date(Date.parse(at(day, '14:00')) + (i % 5) * 5 * 60_000).toISOString();
    const answers = await Promise.all(
      patients.map((patient, i) => {
        const app = i % 4 < 2 ? a : b;
        return i % 2 === 0
          ? holdRequest(app, patient, { doctorId, startsAt: startsAt(i) })
          : bookRequest(app, patient, { doctorId, startsAt: startsAt(i) });
      }),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(39);
  });
});
