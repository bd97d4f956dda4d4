import type { Appointment } from '@app/contracts';
import request from 'supertest';
import { at, book, nextWeekday, setStatus, weekdayAfter } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('Appointments: lists and reads (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let p1: Session;
  let p2: Session;
  let p3: Session;
  let d1: Session;
  let d2: Session;
  /** Named by patient, doctor and when. */
  const a: Record<string, Appointment> = {};
  const day1 = nextWeekday(2);
  const day2 = weekdayAfter(day1, 1);
  const day3 = weekdayAfter(day1, 2);

  function get(session: Session, path: string) {
    return request(t.url).get(`/api/v1${path}`).set(session.auth);
  }
  function ids(res: request.Response): string[] {
    return (res.body.data as Appointment[]).map((x) => x.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    [p1, p2, p3] = await Promise.all([registerPatient(t), registerPatient(t), registerPatient(t)]);
    [d1, d2] = await Promise.all([registerDoctor(t), registerDoctor(t)]);
    const d1Id = d1.user.doctorId;
    const d2Id = d2.user.doctorId;
    a.p1d1day1 = await book(t, p1, { doctorId: d1Id, startsAt: at(day1, '09:00') });
    a.p1d2day1 = await book(t, p1, { doctorId: d2Id, startsAt: at(day1, '10:00') });
    a.p2d1day1 = await book(t, p2, { doctorId: d1Id, startsAt: at(day1, '11:00') });
    a.p2d1day2 = await book(t, p2, { doctorId: d1Id, startsAt: at(day2, '09:00') });
    a.p3d2day2 = await book(t, p3, { doctorId: d2Id, startsAt: at(day2, '10:00'), durationMinutes: 60 });
    a.p1d1day3 = await book(t, p1, { doctorId: d1Id, startsAt: at(day3, '09:00') });
    expect((await setStatus(t, admin, a.p1d2day1.id, 'confirmed')).status).toBe(200);
    expect((await setStatus(t, admin, a.p2d1day1.id, 'cancelled')).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('GET /appointments', () => {
    it('shows a patient only their own, a doctor only their own, an admin all, earliest first', async () => {
      expect(ids(await get(p1, '/appointments').expect(200))).toEqual([a.p1d1day1.id, a.p1d2day1.id, a.p1d1day3.id]);
      expect(ids(await get(d1, '/appointments').expect(200))).toEqual([
        a.p1d1day1.id,
        a.p2d1day1.id,
        a.p2d1day2.id,
        a.p1d1day3.id,
      ]);
      const all = await get(admin, '/appointments').expect(200);
      expect(all.body.meta).toEqual({ page: 1, limit: 20, total: 6, totalPages: 1 });
      expect(all.body.data[0]).toEqual(a.p1d1day1);
    });

    it('filters by a list of statuses', async () => {
      const open = await get(admin, '/appointments?status=pending,confirmed').expect(200);
      expect(open.body.meta.total).toBe(5);
      expect(ids(await get(admin, '/appointments?status=cancelled').expect(200))).toEqual([a.p2d1day1.id]);
      expect(ids(await get(p1, '/appointments?status=confirmed').expect(200))).toEqual([a.p1d2day1.id]);
      const bad = await get(admin, '/appointments?status=pending,archived').expect(400);
      expect(bad.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status' })]));
    });

    it('filters by doctor and patient, inside the caller scope', async () => {
      expect(ids(await get(admin, `/appointments?doctorId=${d2.user.doctorId}`).expect(200))).toEqual([
        a.p1d2day1.id,
        a.p3d2day2.id,
      ]);
      expect(
        ids(await get(admin, `/appointments?patientId=${p1.user.patientId}&doctorId=${d1.user.doctorId}`).expect(200)),
      ).toEqual([a.p1d1day1.id, a.p1d1day3.id]);
      // A filter never widens the scope: another patient's id gives an empty page.
      const foreign = await get(p1, `/appointments?patientId=${p2.user.patientId}`).expect(200);
      expect(foreign.body.meta.total).toBe(0);
      await get(admin, '/appointments?doctorId=not-a-uuid').expect(400);
    });

    it('selects the appointments that overlap [from, to), half-open at both ends', async () => {
      const range = (from: string, to: string) =>
        get(admin, `/appointments?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`).expect(200);
      expect(ids(await range(at(day1, '09:30'), at(day1, '10:30')))).toEqual([a.p1d2day1.id]);
      expect(ids(await range(at(day1, '09:15'), at(day1, '10:00')))).toEqual([a.p1d1day1.id]);
      expect(ids(await range(at(day2, '10:30'), at(day2, '10:45')))).toEqual([a.p3d2day2.id]);
      const fromOnly = await get(admin, `/appointments?from=${encodeURIComponent(at(day2, '00:00'))}`).expect(200);
      expect(ids(fromOnly)).toEqual([a.p2d1day2.id, a.p3d2day2.id, a.p1d1day3.id]);
      const toOnly = await get(admin, `/appointments?to=${encodeURIComponent(at(day1, '10:00'))}`).expect(200);
      expect(ids(toOnly)).toEqual([a.p1d1day1.id]);
      const offset = at(day1, '11:00').replace('T11:00:00.000Z', 'T13:00:00+02:00');
      expect(ids(await range(offset, at(day1, '12:00')))).toEqual([a.p2d1day1.id]);
    });

    it('refuses a range whose end is not after its start, or a time without an offset, with 400', async () => {
      const from = encodeURIComponent(at(day1, '10:00'));
      await get(admin, `/appointments?from=${from}&to=${from}`).expect(400);
      await get(admin, `/appointments?from=${at(day1, '10:00').replace('.000Z', '')}`).expect(400);
    });

    it('sorts by startsAt or -startsAt and refuses other sorts', async () => {
      const asc = ids(await get(admin, '/appointments?sort=startsAt').expect(200));
      const desc = ids(await get(admin, '/appointments?sort=-startsAt').expect(200));
      expect(desc).toEqual([...asc].reverse());
      expect(asc[0]).toBe(a.p1d1day1.id);
      await get(admin, '/appointments?sort=createdAt').expect(400);
    });

    it('pages with page and limit, and refuses limits outside 1..100', async () => {
      const all = ids(await get(admin, '/appointments').expect(200));
      const second = await get(admin, '/appointments?page=2&limit=2').expect(200);
      expect(second.body.meta).toEqual({ page: 2, limit: 2, total: 6, totalPages: 3 });
      expect(ids(second)).toEqual(all.slice(2, 4));
      const beyond = await get(admin, '/appointments?page=9&limit=2').expect(200);
      expect(beyond.body.data).toEqual([]);
      // A page past the end has no row to carry the total: it is counted on its own, and still exact.
      expect(beyond.body.meta).toEqual({ page: 9, limit: 2, total: 6, totalPages: 3 });
      for (const query of ['limit=0', 'limit=101', 'page=0', 'page=x']) {
        await get(admin, `/appointments?${query}`).expect(400);
      }
    });
  });

  describe('GET /appointments/:id', () => {
    it('shows an appointment to its patient, its doctor and an admin; 404 to anyone else', async () => {
      for (const session of [p1, d1, admin]) {
        expect((await get(session, `/appointments/${a.p1d1day1.id}`).expect(200)).body).toEqual(a.p1d1day1);
      }
      for (const session of [p2, d2]) {
        const res = await get(session, `/appointments/${a.p1d1day1.id}`).expect(404);
        expect(res.body.code).toBe('APPOINTMENT_NOT_FOUND');
      }
      await get(admin, `/appointments/${UNKNOWN}`).expect(404);
      await get(admin, '/appointments/not-a-uuid').expect(400);
    });
  });

  describe('GET /patients/:id/appointments', () => {
    it("lists a patient's appointments for the patient and an admin, with the same filters", async () => {
      const path = `/patients/${p1.user.patientId}/appointments`;
      const own = ids(await get(p1, path).expect(200));
      expect(own).toEqual([a.p1d1day1.id, a.p1d2day1.id, a.p1d1day3.id]);
      expect(ids(await get(admin, path).expect(200))).toEqual(own);
      expect(ids(await get(admin, `${path}?status=confirmed`).expect(200))).toEqual([a.p1d2day1.id]);
      expect(ids(await get(admin, `${path}?sort=-startsAt&limit=1`).expect(200))).toEqual([a.p1d1day3.id]);
    });

    it('shows a doctor only their own appointments with the patient', async () => {
      expect(ids(await get(d1, `/patients/${p1.user.patientId}/appointments`).expect(200))).toEqual([
        a.p1d1day1.id,
        a.p1d1day3.id,
      ]);
    });

    it('answers 404 PATIENT_NOT_FOUND for a patient the caller may not see', async () => {
      const other = await get(p2, `/patients/${p1.user.patientId}/appointments`).expect(404);
      expect(other.body.code).toBe('PATIENT_NOT_FOUND');
      // d1 never had an appointment with p3.
      await get(d1, `/patients/${p3.user.patientId}/appointments`).expect(404);
      await get(admin, `/patients/${UNKNOWN}/appointments`).expect(404);
      await get(admin, '/patients/not-a-uuid/appointments').expect(400);
    });
  });

  describe('GET /doctors/:id/appointments', () => {
    it("lists a doctor's appointments for the doctor and an admin, with the same filters", async () => {
      const path = `/doctors/${d1.user.doctorId}/appointments`;
      const own = ids(await get(d1, path).expect(200));
      expect(own).toEqual([a.p1d1day1.id, a.p2d1day1.id, a.p2d1day2.id, a.p1d1day3.id]);
      expect(ids(await get(admin, path).expect(200))).toEqual(own);
      expect(ids(await get(d1, `${path}?status=pending&patientId=${p2.user.patientId}`).expect(200))).toEqual([
        a.p2d1day2.id,
      ]);
    });

    it('shows a patient only their own appointments with the doctor, and another doctor none', async () => {
      const path = `/doctors/${d1.user.doctorId}/appointments`;
      expect(ids(await get(p1, path).expect(200))).toEqual([a.p1d1day1.id, a.p1d1day3.id]);
      const colleague = await get(d2, path).expect(200);
      expect(colleague.body).toEqual({ data: [], meta: { page: 1, limit: 20, total: 0, totalPages: 0 } });
    });

    it('answers 404 DOCTOR_NOT_FOUND for an unknown doctor', async () => {
      const res = await get(p1, `/doctors/${UNKNOWN}/appointments`).expect(404);
      expect(res.body.code).toBe('DOCTOR_NOT_FOUND');
    });
  });
});
