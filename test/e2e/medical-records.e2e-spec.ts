import request from 'supertest';
import { insertAppointment } from '../support/appointment-rows';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Medical records (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let bob: Session;
  let author: Session;
  let colleague: Session;
  let unrelatedDoctor: Session;
  let aliceId: string;
  let bobId: string;
  let authorAppointmentId: string;
  let colleagueAppointmentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    alice = await registerPatient(t, { fullName: 'Alice Archer' });
    bob = await registerPatient(t, { fullName: 'Bob Baker' });
    author = await registerDoctor(t, { fullName: 'Dr Author' });
    colleague = await registerDoctor(t, { fullName: 'Dr Colleague' });
    unrelatedDoctor = await registerDoctor(t, { fullName: 'Dr Unrelated' });
    aliceId = alice.user.patientId!;
    bobId = bob.user.patientId!;
    authorAppointmentId = await insertAppointment(t, aliceId, author.user.doctorId!);
    colleagueAppointmentId = await insertAppointment(t, aliceId, colleague.user.doctorId!);
    await insertAppointment(t, bobId, author.user.doctorId!);
  });
  afterAll(async () => {
    await t.close();
  });

  const records = (patientId: string) => `/api/v1/patients/${patientId}/records`;
  const create = (patientId: string, session: Session, body: object) =>
    request(t.url).post(records(patientId)).set(session.auth).send(body);
  const update = (patientId: string, recordId: string, session: Session, body: object) =>
    request(t.url)
      .patch(`${records(patientId)}/${recordId}`)
      .set(session.auth)
      .send(body);
  const get = (path: string, session: Session) => request(t.url).get(path).set(session.auth);

  async function createRecord(body: object = {}): Promise<string> {
    const res = await create(aliceId, author, { diagnosis: 'Asthma', ...body }).expect(201);
    return res.body.id as string;
  }

  describe('POST /patients/:id/records', () => {
    it('lets a doctor with an appointment with the patient add a record (201), as its author', async () => {
      const res = await create(aliceId, author, {
        diagnosis: 'Asthma, unspecified',
        icd10Code: 'j45.909',
        notes: 'Wheezing at night',
        prescriptions: ['Salbutamol 100 µg inhaler'],
        appointmentId: authorAppointmentId,
      }).expect(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        patientId: aliceId,
        doctorId: author.user.doctorId,
        appointmentId: authorAppointmentId,
        diagnosis: 'Asthma, unspecified',
        icd10Code: 'J45.909',
        notes: 'Wheezing at night',
        prescriptions: ['Salbutamol 100 µg inhaler'],
        status: 'active',
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
      });
    });

    it('fills defaults for the optional fields', async () => {
      const res = await create(aliceId, author, { diagnosis: 'Type 2 diabetes', icd10Code: 'E11' }).expect(201);
      expect(res.body).toMatchObject({ appointmentId: null, notes: null, prescriptions: [], status: 'active' });
    });

    it('refuses an admin and a patient with 403', async () => {
      const byAdmin = await create(aliceId, admin, { diagnosis: 'Asthma' }).expect(403);
      expect(byAdmin.body.code).toBe('FORBIDDEN');
      await create(aliceId, alice, { diagnosis: 'Asthma' }).expect(403);
    });

    it('answers 404 to a doctor without an appointment with the patient', async () => {
      const res = await create(aliceId, unrelatedDoctor, { diagnosis: 'Asthma' }).expect(404);
      expect(res.body.code).toBe('PATIENT_NOT_FOUND');
    });

    it('answers 404 APPOINTMENT_NOT_FOUND for an appointment that is not between this patient and this doctor', async () => {
      const colleagues = await create(aliceId, author, {
        diagnosis: 'Asthma',
        appointmentId: colleagueAppointmentId,
      }).expect(404);
      expect(colleagues.body.code).toBe('APPOINTMENT_NOT_FOUND');
      const unknown = await create(aliceId, author, { diagnosis: 'Asthma', appointmentId: UNKNOWN_ID }).expect(404);
      expect(unknown.body.code).toBe('APPOINTMENT_NOT_FOUND');
      const list = await get(records(aliceId), admin).expect(200);
      expect(
        list.body.data.filter((r: { appointmentId: string }) => r.appointmentId === colleagueAppointmentId),
      ).toEqual([]);
    });

    it.each([
      ['a malformed ICD-10 code', { diagnosis: 'Asthma', icd10Code: 'J4' }],
      ['an ICD-10 code starting with U', { diagnosis: 'Covid', icd10Code: 'U07.1' }],
      ['a missing diagnosis', { icd10Code: 'E11' }],
      ['an empty diagnosis', { diagnosis: '   ' }],
      ['an unknown field', { diagnosis: 'Asthma', doctorId: UNKNOWN_ID }],
      ['an unknown status', { diagnosis: 'Asthma', status: 'deleted' }],
      ['a malformed appointment id', { diagnosis: 'Asthma', appointmentId: 'nope' }],
      ['too many prescriptions', { diagnosis: 'Asthma', prescriptions: Array.from({ length: 51 }, () => 'x') }],
    ])('answers 400 for %s', async (_case, body) => {
      const res = await create(aliceId, author, body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('answers 400 for a malformed patient id', async () => {
      await create('xyz', author, { diagnosis: 'Asthma' }).expect(400);
    });
  });

  describe('GET /patients/:id/records', () => {
    it('lists the records newest first, to the patient, the doctors they see and an admin', async () => {
      const first = await createRecord({ diagnosis: 'Bronchitis' });
      const second = await createRecord({ diagnosis: 'Sinusitis' });
      for (const viewer of [alice, author, colleague, admin]) {
        const res = await get(records(aliceId), viewer).expect(200);
        const ids = (res.body.data as { id: string }[]).map((r) => r.id);
        expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
        expect(ids.indexOf(first)).toBeGreaterThan(-1);
        const times = (res.body.data as { createdAt: string }[]).map((r) => r.createdAt);
        expect(times).toEqual([...times].sort().reverse());
        expect(res.body.meta.total).toBe(ids.length);
      }
    });

    it('filters by status', async () => {
      const resolved = await createRecord({ diagnosis: 'Sprained ankle', status: 'resolved' });
      const res = await get(`${records(aliceId)}?status=resolved`, author).expect(200);
      expect(res.body.data.map((r: { id: string }) => r.id)).toEqual([resolved]);
      await get(`${records(aliceId)}?status=gone`, author).expect(400);
    });

    it('answers 404 to another patient and to a doctor without an appointment', async () => {
      const byBob = await get(records(aliceId), bob).expect(404);
      expect(byBob.body.code).toBe('PATIENT_NOT_FOUND');
      await get(records(aliceId), unrelatedDoctor).expect(404);
    });

    it('pages, and refuses a limit over 100 with 400', async () => {
      const res = await get(`${records(aliceId)}?limit=1&page=2`, alice).expect(200);
      expect(res.body.data).toHaveLength(1);
      expect(res.body.meta).toMatchObject({ page: 2, limit: 1 });
      await get(`${records(aliceId)}?limit=101`, alice).expect(400);
    });
  });

  describe('GET /patients/:id/records/:recordId', () => {
    it('shows a record to everyone who may see the patient', async () => {
      const id = await createRecord({ diagnosis: 'Migraine', icd10Code: 'G43.909' });
      for (const viewer of [alice, author, colleague, admin]) {
        const res = await get(`${records(aliceId)}/${id}`, viewer).expect(200);
        expect(res.body).toMatchObject({ id, diagnosis: 'Migraine', icd10Code: 'G43.909' });
      }
    });

    it('answers 404 to anyone else', async () => {
      const id = await createRecord();
      await get(`${records(aliceId)}/${id}`, bob).expect(404);
      await get(`${records(aliceId)}/${id}`, unrelatedDoctor).expect(404);
    });

    it('answers 404 RECORD_NOT_FOUND for a record of another patient or of nobody', async () => {
      const bobsRecord = await create(bobId, author, { diagnosis: 'Gout' }).expect(201);
      const res = await get(`${records(aliceId)}/${bobsRecord.body.id}`, author).expect(404);
      expect(res.body.code).toBe('RECORD_NOT_FOUND');
      await get(`${records(aliceId)}/${UNKNOWN_ID}`, admin).expect(404);
    });

    it('answers 400 for a malformed record id', async () => {
      const res = await get(`${records(aliceId)}/42`, admin).expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'recordId' })]);
    });
  });

  describe('PATCH /patients/:id/records/:recordId', () => {
    it('lets the author edit the record', async () => {
      const id = await createRecord({ icd10Code: 'J45.909', notes: 'first visit' });
      const res = await update(aliceId, id, author, {
        diagnosis: 'Asthma, controlled',
        notes: null,
        prescriptions: ['Budesonide'],
        status: 'resolved',
      }).expect(200);
      expect(res.body).toMatchObject({
        id,
        diagnosis: 'Asthma, controlled',
        icd10Code: 'J45.909',
        notes: null,
        prescriptions: ['Budesonide'],
        status: 'resolved',
      });
      const cleared = await update(aliceId, id, author, { icd10Code: null }).expect(200);
      expect(cleared.body.icd10Code).toBeNull();
    });

    it('refuses other viewers with 403: another doctor of the patient, the patient, an admin', async () => {
      const id = await createRecord();
      for (const viewer of [colleague, alice, admin]) {
        const res = await update(aliceId, id, viewer, { diagnosis: 'Changed' }).expect(403);
        expect(res.body.code).toBe('FORBIDDEN');
      }
      const res = await get(`${records(aliceId)}/${id}`, author).expect(200);
      expect(res.body.diagnosis).toBe('Asthma');
    });

    it('answers 404 to those who may not see the patient', async () => {
      const id = await createRecord();
      await update(aliceId, id, unrelatedDoctor, { diagnosis: 'Changed' }).expect(404);
      await update(aliceId, id, bob, { diagnosis: 'Changed' }).expect(404);
    });

    it('answers 400 for an unknown field, a null diagnosis or a bad ICD-10 code', async () => {
      const id = await createRecord();
      for (const body of [{ patientId: bobId }, { appointmentId: null }, { diagnosis: null }, { icd10Code: 'XYZ' }]) {
        const res = await update(aliceId, id, author, body).expect(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  it('has no route to delete a record (health data is never hard-deleted)', async () => {
    const id = await createRecord();
    await request(t.url)
      .delete(`${records(aliceId)}/${id}`)
      .set(admin.auth)
      .expect(404);
    await get(`${records(aliceId)}/${id}`, admin).expect(200);
  });
});
