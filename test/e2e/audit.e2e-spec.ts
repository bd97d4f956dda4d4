import request from 'supertest';
import { insertAppointment } from '../support/appointment-rows';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

interface AuditRow {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  patientId: string | null;
  recordId: string | null;
  requestId: string | null;
  outcome: string;
  createdAt: string;
}

const SECRET_DIAGNOSIS = 'Confidential quokka syndrome';

describe('Audit log (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let alice: Session;
  let author: Session;
  let colleague: Session;
  let unrelatedDoctor: Session;
  let aliceId: string;
  let requestCounter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    alice = await registerPatient(t, { fullName: 'Alice Archer' });
    author = await registerDoctor(t, { fullName: 'Dr Author' });
    colleague = await registerDoctor(t, { fullName: 'Dr Colleague' });
    unrelatedDoctor = await registerDoctor(t, { fullName: 'Dr Unrelated' });
    aliceId = alice.user.patientId!;
    await insertAppointment(t, aliceId, author.user.doctorId!);
    await insertAppointment(t, aliceId, colleague.user.doctorId!);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh request id per call, so each test finds exactly the audit rows its own request wrote. */
  function nextRequestId(): string {
    requestCounter += 1;
    return `audit-test-${requestCounter}`;
  }

  async function auditRowsOf(requestId: string): Promise<AuditRow[]> {
    const res = await request(t.url).get('/api/v1/audit-events?limit=100').set(admin.auth).expect(200);
    return (res.body.data as AuditRow[]).filter((row) => row.requestId === requestId);
  }

  async function createRecord(diagnosis = 'Asthma'): Promise<string> {
    const res = await request(t.url)
      .post(`/api/v1/patients/${aliceId}/records`)
      .set(author.auth)
      .send({ diagnosis })
      .expect(201);
    return res.body.id as string;
  }

  it("records a doctor's read of a patient with who, role, action, patient and the request id", async () => {
    const requestId = nextRequestId();
    const res = await request(t.url)
      .get(`/api/v1/patients/${aliceId}`)
      .set(author.auth)
      .set('X-Request-Id', requestId)
      .expect(200);
    expect(res.headers['x-request-id']).toBe(requestId);
    const events = await request(t.url)
      .get(`/api/v1/audit-events?patientId=${aliceId}&actorId=${author.user.id}`)
      .set(admin.auth)
      .expect(200);
    expect(events.body.data[0]).toEqual({
      id: expect.any(String),
      actorId: author.user.id,
      actorRole: 'doctor',
      action: 'patient.read',
      patientId: aliceId,
      recordId: null,
      requestId,
      outcome: 'allowed',
      createdAt: expect.stringMatching(/Z$/),
    });
  });

  it('records a refused read (404 to a doctor who may not see the patient) as denied', async () => {
    const requestId = nextRequestId();
    await request(t.url)
      .get(`/api/v1/patients/${aliceId}`)
      .set(unrelatedDoctor.auth)
      .set('X-Request-Id', requestId)
      .expect(404);
    expect(await auditRowsOf(requestId)).toEqual([
      expect.objectContaining({
        actorId: unrelatedDoctor.user.id,
        action: 'patient.read',
        patientId: aliceId,
        outcome: 'denied',
      }),
    ]);
  });

  it("records a patient's refused list of patients (403) as denied", async () => {
    const requestId = nextRequestId();
    await request(t.url).get('/api/v1/patients').set(alice.auth).set('X-Request-Id', requestId).expect(403);
    expect(await auditRowsOf(requestId)).toEqual([
      expect.objectContaining({ actorRole: 'patient', action: 'patient.list', patientId: null, outcome: 'denied' }),
    ]);
  });

  it('records one row per list call, not one per item', async () => {
    await createRecord();
    await createRecord();
    const listRecords = nextRequestId();
    const records = await request(t.url)
      .get(`/api/v1/patients/${aliceId}/records`)
      .set(alice.auth)
      .set('X-Request-Id', listRecords)
      .expect(200);
    expect(records.body.data.length).toBeGreaterThanOrEqual(2);
    expect(await auditRowsOf(listRecords)).toEqual([
      expect.objectContaining({ action: 'record.list', patientId: aliceId, recordId: null, outcome: 'allowed' }),
    ]);

    const listPatients = nextRequestId();
    await request(t.url).get('/api/v1/patients').set(admin.auth).set('X-Request-Id', listPatients).expect(200);
    expect(await auditRowsOf(listPatients)).toEqual([
      expect.objectContaining({ actorRole: 'admin', action: 'patient.list', patientId: null, outcome: 'allowed' }),
    ]);
  });

  it('records creating, reading and editing a record with its id', async () => {
    const createId = nextRequestId();
    const created = await request(t.url)
      .post(`/api/v1/patients/${aliceId}/records`)
      .set(author.auth)
      .set('X-Request-Id', createId)
      .send({ diagnosis: 'Hay fever' })
      .expect(201);
    const recordId = created.body.id as string;
    expect(await auditRowsOf(createId)).toEqual([
      expect.objectContaining({ action: 'record.create', patientId: aliceId, recordId, outcome: 'allowed' }),
    ]);

    const readId = nextRequestId();
    await request(t.url)
      .get(`/api/v1/patients/${aliceId}/records/${recordId}`)
      .set(colleague.auth)
      .set('X-Request-Id', readId)
      .expect(200);
    expect(await auditRowsOf(readId)).toEqual([
      expect.objectContaining({ actorId: colleague.user.id, action: 'record.read', recordId, outcome: 'allowed' }),
    ]);

    const updateId = nextRequestId();
    await request(t.url)
      .patch(`/api/v1/patients/${aliceId}/records/${recordId}`)
      .set(author.auth)
      .set('X-Request-Id', updateId)
      .send({ status: 'resolved' })
      .expect(200);
    expect(await auditRowsOf(updateId)).toEqual([
      expect.objectContaining({ action: 'record.update', recordId, outcome: 'allowed' }),
    ]);
  });

  it('records a refused write as denied only, never as allowed', async () => {
    const recordId = await createRecord();
    const requestId = nextRequestId();
    await request(t.url)
      .patch(`/api/v1/patients/${aliceId}/records/${recordId}`)
      .set(colleague.auth)
      .set('X-Request-Id', requestId)
      .send({ diagnosis: 'Overwritten' })
      .expect(403);
    expect(await auditRowsOf(requestId)).toEqual([
      expect.objectContaining({ actorId: colleague.user.id, action: 'record.update', recordId, outcome: 'denied' }),
    ]);

    const profileId = nextRequestId();
    await request(t.url)
      .patch(`/api/v1/patients/${aliceId}`)
      .set(author.auth)
      .set('X-Request-Id', profileId)
      .send({ address: 'Elsewhere' })
      .expect(403);
    expect(await auditRowsOf(profileId)).toEqual([
      expect.objectContaining({ action: 'patient.update', patientId: aliceId, outcome: 'denied' }),
    ]);
  });

  it('holds no medical content: neither diagnoses nor search terms', async () => {
    const recordId = await createRecord(SECRET_DIAGNOSIS);
    await request(t.url).get(`/api/v1/patients/${aliceId}/records/${recordId}`).set(alice.auth).expect(200);
    await request(t.url).get('/api/v1/patients?search=quokka').set(author.auth).expect(200);
    const rows: unknown[] = await t.dataSource.query('SELECT * FROM audit_events');
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('quokka');
    const api = await request(t.url).get('/api/v1/audit-events?limit=100').set(admin.auth).expect(200);
    expect(JSON.stringify(api.body).toLowerCase()).not.toContain('quokka');
  });

  it('lists newest first with pagination meta, filtered by actor', async () => {
    const res = await request(t.url)
      .get(`/api/v1/audit-events?actorId=${author.user.id}&limit=100`)
      .set(admin.auth)
      .expect(200);
    const rows = res.body.data as AuditRow[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.actorId === author.user.id)).toBe(true);
    const times = rows.map((row) => row.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(res.body.meta).toEqual({ page: 1, limit: 100, total: rows.length, totalPages: 1 });
  });

  it('filters by time: from is inclusive, to exclusive', async () => {
    const all = await request(t.url).get(`/api/v1/audit-events?patientId=${aliceId}&limit=100`).set(admin.auth);
    const newest = (all.body.data as AuditRow[])[0].createdAt;
    const from = await request(t.url)
      .get(`/api/v1/audit-events?patientId=${aliceId}&from=${encodeURIComponent(newest)}`)
      .set(admin.auth)
      .expect(200);
    expect((from.body.data as AuditRow[]).every((row) => row.createdAt >= newest)).toBe(true);
    expect(from.body.data.length).toBeGreaterThan(0);
    const to = await request(t.url)
      .get(`/api/v1/audit-events?patientId=${aliceId}&to=${encodeURIComponent('2000-01-01T00:00:00+02:00')}`)
      .set(admin.auth)
      .expect(200);
    expect(to.body.data).toEqual([]);
  });

  it.each([
    ['a limit over 100', 'limit=101'],
    ['a malformed patient id', 'patientId=abc'],
    ['a time without an offset', 'from=2025-01-01T00:00:00'],
    ['a week date (ISO 8601, but not a calendar date-time)', 'from=2025-W01-1T10:00Z'],
    ['an ordinal date', 'to=2025-001T10:00Z'],
    ['to before from', 'from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z'],
    ['an unknown filter', 'diagnosis=asthma'],
  ])('answers 400 for %s', async (_case, query) => {
    const res = await request(t.url).get(`/api/v1/audit-events?${query}`).set(admin.auth).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('is for admins only (403 to doctors and patients)', async () => {
    await request(t.url).get('/api/v1/audit-events').set(author.auth).expect(403);
    await request(t.url).get('/api/v1/audit-events').set(alice.auth).expect(403);
  });

  it('is append-only: the database refuses to change or delete a row', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET outcome = 'allowed'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });

  describe('when the audit row cannot be written', () => {
    beforeAll(async () => {
      await t.dataSource.query(`
        CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$`);
      await t.dataSource.query(
        'CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()',
      );
    });
    afterAll(async () => {
      await t.dataSource.query('DROP TRIGGER test_refuse_audit ON audit_events');
      await t.dataSource.query('DROP FUNCTION test_refuse_audit()');
    });

    it('fails the read instead of answering unaudited', async () => {
      const res = await request(t.url).get(`/api/v1/patients/${aliceId}`).set(author.auth).expect(500);
      expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR' });
      expect(res.body).not.toHaveProperty('fullName');
    });

    it('fails the write and rolls it back', async () => {
      await request(t.url)
        .patch(`/api/v1/patients/${aliceId}`)
        .set(alice.auth)
        .send({ address: 'Unaudited' })
        .expect(500);
      const rows: { address: string | null }[] = await t.dataSource.query(
        'SELECT address FROM patients WHERE id = $1',
        [aliceId],
      );
      expect(rows[0].address).not.toBe('Unaudited');
    });
  });
});
