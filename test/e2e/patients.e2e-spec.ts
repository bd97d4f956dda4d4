import request from 'supertest';
import { insertAppointment } from '../support/appointment-rows';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Patients (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let relatedDoctor: Session;
  let unrelatedDoctor: Session;
  let aliceId: string;
  let bobId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    alice = await registerPatient(t, {
      fullName: 'Alice Archer',
      email: 'alice.archer@example.test',
      phone: '+49 30 1111111',
      patient: {
        dateOfBirth: '1985-03-14',
        gender: 'female',
        bloodType: 'O+',
        allergies: ['penicillin'],
        address: '1 Garden Lane',
        emergencyContact: { name: 'Carl Archer', phone: '+49 30 2222222', relationship: 'brother' },
      },
    });
    bob = await registerPatient(t, { fullName: 'bob Baker', email: 'bob.baker@example.test' });
    relatedDoctor = await registerDoctor(t, { fullName: 'Dr Related' });
    unrelatedDoctor = await registerDoctor(t, { fullName: 'Dr Unrelated' });
    aliceId = alice.user.patientId!;
    bobId = bob.user.patientId!;
    await insertAppointment(t, aliceId, relatedDoctor.user.doctorId!);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string, session: Session) => request(t.url).get(`/api/v1${path}`).set(session.auth);

  describe('GET /patients/me', () => {
    it('answers the calling patient their Patient, with name, email and phone from the account', async () => {
      const res = await get('/patients/me', alice).expect(200);
      expect(res.body).toEqual({
        id: aliceId,
        userId: alice.user.id,
        fullName: 'Alice Archer',
        email: 'alice.archer@example.test',
        phone: '+49 30 1111111',
        dateOfBirth: '1985-03-14',
        gender: 'female',
        bloodType: 'O+',
        allergies: ['penicillin'],
        address: '1 Garden Lane',
        emergencyContact: { name: 'Carl Archer', phone: '+49 30 2222222', relationship: 'brother' },
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
      });
    });

    it('refuses a doctor with 403', async () => {
      const res = await get('/patients/me', relatedDoctor).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('refuses a missing token with 401', async () => {
      await request(t.url).get('/api/v1/patients/me').expect(401);
    });
  });

  describe('GET /patients/:id', () => {
    it('shows the patient themself', async () => {
      const res = await get(`/patients/${aliceId}`, alice).expect(200);
      expect(res.body.id).toBe(aliceId);
    });

    it('answers 404 to another patient, never a hint the patient exists', async () => {
      const res = await get(`/patients/${aliceId}`, bob).expect(404);
      expect(res.body.code).toBe('PATIENT_NOT_FOUND');
      const unknown = await get(`/patients/${UNKNOWN_ID}`, bob).expect(404);
      expect(unknown.body.message).toBe(res.body.message);
    });

    it('answers 404 to a doctor the patient has no appointment with', async () => {
      const res = await get(`/patients/${aliceId}`, unrelatedDoctor).expect(404);
      expect(res.body.code).toBe('PATIENT_NOT_FOUND');
    });

    it('shows the patient to a doctor they have an appointment with', async () => {
      const res = await get(`/patients/${aliceId}`, relatedDoctor).expect(200);
      expect(res.body).toMatchObject({ id: aliceId, fullName: 'Alice Archer' });
    });

    it('still shows the patient to a doctor whose appointment was cancelled (they had one)', async () => {
      const doctor = await registerDoctor(t);
      await insertAppointment(t, bobId, doctor.user.doctorId!, { status: 'cancelled' });
      await get(`/patients/${bobId}`, doctor).expect(200);
    });

    it('hides the patient from a doctor whose only appointment was deleted', async () => {
      const doctor = await registerDoctor(t);
      await insertAppointment(t, bobId, doctor.user.doctorId!, { deleted: true });
      await get(`/patients/${bobId}`, doctor).expect(404);
    });

    it('shows every patient to an admin', async () => {
      await get(`/patients/${aliceId}`, admin).expect(200);
      await get(`/patients/${bobId}`, admin).expect(200);
    });

    it('answers 404 for a well-formed id of nobody, even to an admin', async () => {
      await get(`/patients/${UNKNOWN_ID}`, admin).expect(404);
    });

    it('answers 400 for a malformed id', async () => {
      const res = await get('/patients/not-a-uuid', admin).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'id' })]);
    });
  });

  describe('GET /patients', () => {
    it('refuses a patient with 403', async () => {
      const res = await get('/patients', alice).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('lists every patient to an admin, sorted by name by default, with pagination meta', async () => {
      const res = await get('/patients', admin).expect(200);
      const ids = (res.body.data as { id: string }[]).map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([aliceId, bobId]));
      const names = (res.body.data as { fullName: string }[]).map((p) => p.fullName.toLowerCase());
      expect(names).toEqual([...names].sort());
      expect(res.body.meta).toEqual({ page: 1, limit: 20, total: ids.length, totalPages: 1 });
    });

    it('lists to a doctor only the patients who have an appointment with them', async () => {
      const res = await get('/patients', relatedDoctor).expect(200);
      expect(res.body.data).toEqual([expect.objectContaining({ id: aliceId })]);
      expect(res.body.meta.total).toBe(1);
    });

    it('lists nothing to a doctor without appointments', async () => {
      const res = await get('/patients', unrelatedDoctor).expect(200);
      expect(res.body).toEqual({ data: [], meta: { page: 1, limit: 20, total: 0, totalPages: 0 } });
    });

    it('searches by name (any case) and by email', async () => {
      const byName = await get('/patients?search=ARCHER', admin).expect(200);
      expect(byName.body.data.map((p: { id: string }) => p.id)).toEqual([aliceId]);
      const byEmail = await get('/patients?search=bob.baker@', admin).expect(200);
      expect(byEmail.body.data.map((p: { id: string }) => p.id)).toEqual([bobId]);
    });

    it('searches by a diagnosis, only among patients the doctor may see', async () => {
      await request(t.url)
        .post(`/api/v1/patients/${aliceId}/records`)
        .set(relatedDoctor.auth)
        .send({ diagnosis: 'Seasonal zymotic rhinitis' })
        .expect(201);
      const byAdmin = await get('/patients?search=zymotic', admin).expect(200);
      expect(byAdmin.body.data.map((p: { id: string }) => p.id)).toEqual([aliceId]);
      const byRelated = await get('/patients?search=zymotic', relatedDoctor).expect(200);
      expect(byRelated.body.data.map((p: { id: string }) => p.id)).toEqual([aliceId]);
      const byUnrelated = await get('/patients?search=zymotic', unrelatedDoctor).expect(200);
      expect(byUnrelated.body.data).toEqual([]);
    });

    it('counts every match of a search on each page, and past the last one', async () => {
      // A term for the indexes and a term too short for them: each page's total is that of the whole search.
      for (const term of ['EXAMPLE.test', 'e']) {
        const all = await get(`/patients?search=${term}&limit=100`, admin).expect(200);
        const total = (all.body.data as unknown[]).length;
        expect(total).toBeGreaterThanOrEqual(2);
        expect(all.body.meta.total).toBe(total);
        const second = await get(`/patients?search=${term}&limit=1&page=2`, admin).expect(200);
        expect(second.body).toEqual({
          data: [all.body.data[1]],
          meta: { page: 2, limit: 1, total, totalPages: total },
        });
        const past = await get(`/patients?search=${term}&limit=1&page=${total + 1}`, admin).expect(200);
        expect(past.body).toEqual({ data: [], meta: { page: total + 1, limit: 1, total, totalPages: total } });
        // The search's order is the list's: by name (any case) either way, or by creation time.
        const names = (all.body.data as { fullName: string }[]).map((p) => p.fullName.toLowerCase());
        expect(names).toEqual([...names].sort());
        const desc = await get(`/patients?search=${term}&sort=-fullName&limit=100`, admin).expect(200);
        const descNames = (desc.body.data as { fullName: string }[]).map((p) => p.fullName.toLowerCase());
        expect(descNames).toEqual([...names].reverse());
        const newest = await get(`/patients?search=${term}&sort=-createdAt&limit=100`, admin).expect(200);
        const times = (newest.body.data as { createdAt: string }[]).map((p) => p.createdAt);
        expect(times).toEqual([...times].sort().reverse());
      }
      // Past the last match for a doctor: the count keeps the doctor's scope (they see Alice, not Bob).
      const doctorPast = await get('/patients?search=example.test&page=2', relatedDoctor).expect(200);
      expect(doctorPast.body).toEqual({ data: [], meta: { page: 2, limit: 20, total: 1, totalPages: 1 } });
      const none = await get('/patients?search=nobody-by-this-name&page=2', admin).expect(200);
      expect(none.body).toEqual({ data: [], meta: { page: 2, limit: 20, total: 0, totalPages: 0 } });
    });

    it('treats % and _ in a search as plain text', async () => {
      const res = await get('/patients?search=%25', admin).expect(200);
      expect(res.body.data).toEqual([]);
    });

    it('sorts by name descending and by creation time', async () => {
      const desc = await get('/patients?sort=-fullName', admin).expect(200);
      const names = (desc.body.data as { fullName: string }[]).map((p) => p.fullName.toLowerCase());
      expect(names).toEqual([...names].sort().reverse());
      const newest = await get('/patients?sort=-createdAt', admin).expect(200);
      const times = (newest.body.data as { createdAt: string }[]).map((p) => p.createdAt);
      expect(times).toEqual([...times].sort().reverse());
    });

    it('pages with page and limit', async () => {
      const all = await get('/patients', admin).expect(200);
      const second = await get('/patients?page=2&limit=1', admin).expect(200);
      expect(second.body.data).toEqual([all.body.data[1]]);
      expect(second.body.meta).toEqual({
        page: 2,
        limit: 1,
        total: all.body.meta.total,
        totalPages: all.body.meta.total,
      });
    });

    it.each([['limit=101'], ['limit=0'], ['page=0'], ['sort=email'], ['unknown=1']])(
      'answers 400 for %s',
      async (q) => {
        const res = await get(`/patients?${q}`, admin).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      },
    );
  });

  describe('PATCH /patients/:id', () => {
    const patch = (id: string, session: Session, body: object) =>
      request(t.url).patch(`/api/v1/patients/${id}`).set(session.auth).send(body);

    it('shows a name changed through /users/:id in the patient, with a later updatedAt', async () => {
      const carol = await registerPatient(t, { fullName: 'Carol Before' });
      const patientId = carol.user.patientId!;
      const before = await request(t.url).get(`/api/v1/patients/${patientId}`).set(carol.auth).expect(200);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await request(t.url)
        .patch(`/api/v1/users/${carol.user.id}`)
        .set(carol.auth)
        .send({ fullName: 'Carol After' })
        .expect(200);
      const after = await request(t.url).get(`/api/v1/patients/${patientId}`).set(carol.auth).expect(200);
      expect(after.body.fullName).toBe('Carol After');
      expect(Date.parse(after.body.updatedAt)).toBeGreaterThan(Date.parse(before.body.updatedAt));
    });

    it('lets the patient edit their demographics, name and phone', async () => {
      const res = await patch(aliceId, alice, {
        fullName: 'Alice A. Archer',
        phone: '+49 30 3333333',
        bloodType: 'A-',
        allergies: ['latex', 'penicillin'],
        emergencyContact: { name: 'Dora Archer', phone: '+49 30 4444444' },
      }).expect(200);
      expect(res.body).toMatchObject({
        id: aliceId,
        fullName: 'Alice A. Archer',
        phone: '+49 30 3333333',
        bloodType: 'A-',
        gender: 'female',
        allergies: ['latex', 'penicillin'],
        emergencyContact: { name: 'Dora Archer', phone: '+49 30 4444444' },
      });
      const me = await request(t.url).get('/api/v1/auth/me').set(alice.auth).expect(200);
      expect(me.body).toMatchObject({ fullName: 'Alice A. Archer', phone: '+49 30 3333333' });
    });

    it('clears a field given as null', async () => {
      const res = await patch(aliceId, alice, { address: null, allergies: null }).expect(200);
      expect(res.body).toMatchObject({ address: null, allergies: [] });
    });

    it('lets an admin edit any patient', async () => {
      const res = await patch(bobId, admin, { dateOfBirth: '2001-12-31' }).expect(200);
      expect(res.body.dateOfBirth).toBe('2001-12-31');
    });

    it('refuses a doctor who may see the patient with 403', async () => {
      const res = await patch(aliceId, relatedDoctor, { address: 'Elsewhere' }).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('answers 404 to a doctor who may not see the patient, and to another patient', async () => {
      await patch(aliceId, unrelatedDoctor, { address: 'Elsewhere' }).expect(404);
      await patch(aliceId, bob, { address: 'Elsewhere' }).expect(404);
      const res = await get(`/patients/${aliceId}`, admin).expect(200);
      expect(res.body.address).toBeNull();
    });

    it('answers 400 for an unknown field, a future date of birth, a null name or a bad blood type', async () => {
      for (const body of [
        { role: 'admin' },
        { userId: bobId },
        { dateOfBirth: '2999-01-01' },
        { dateOfBirth: '1990-02-30' },
        { fullName: null },
        { bloodType: 'C+' },
      ]) {
        const res = await patch(aliceId, alice, body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('answers 400 for a malformed id', async () => {
      await patch('123', admin, { address: 'x' }).expect(400);
    });
  });
});
