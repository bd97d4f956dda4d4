import request from 'supertest';
import { insertAppointment } from '../support/appointment-rows';
import { eventually } from '../support/eventually';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const BULK = 20_000;
const TRIGRAM_INDEXES = [
  'ix_users_full_name_trgm',
  'ix_users_email_trgm',
  'ix_medical_records_diagnosis_trgm',
] as const;
type TrigramIndex = (typeof TRIGRAM_INDEXES)[number];

/**
 * The lists' free-text search at a size where reading every row would show: the trigram indexes of migration
 * `SearchTrigramIndexes` answer a search of three letters or more, and a shorter one still finds the same rows by
 * reading the tables. PostgreSQL only: the index scans are read from its statistics views.
 */
(process.env.TEST_DATABASE_URL ? describe : describe.skip)('Search through trigram indexes (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let zamoraId: string;
  let doctor: Session;

  const ids = (res: request.Response) => (res.body.data as { id: string }[]).map((row) => row.id);
  const get = (path: string, session: Session) => request(t.url).get(`/api/v1${path}`).set(session.auth).expect(200);

  async function indexScans(): Promise<Record<TrigramIndex, number>> {
    const rows = await t.dataSource.query<{ name: TrigramIndex; scans: string }[]>(
      `SELECT indexrelname AS name, idx_scan AS scans FROM pg_stat_user_indexes WHERE indexrelname = ANY($1)`,
      [TRIGRAM_INDEXES],
    );
    return Object.fromEntries(rows.map((row) => [row.name, Number(row.scans)])) as Record<TrigramIndex, number>;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
    doctor = await registerDoctor(t, { fullName: 'Dr Ignatius Quill' });
    const zamora = await registerPatient(t, { fullName: 'Quentin Zamora', email: 'q.zamora@example.test' });
    zamoraId = zamora.user.patientId!;
    // Thousands of others, each with two records, none of which matches the searches below.
    await t.dataSource.query(
      `WITH u AS (
         INSERT INTO users (email, password_hash, full_name, role)
         SELECT 'bulk' || i || '@example.test', 'x', 'Bulk Person ' || i, 'patient' FROM generate_series(1, $1) i
         RETURNING id)
       INSERT INTO patients (user_id) SELECT id FROM u`,
      [BULK],
    );
    await t.dataSource.query(
      `INSERT INTO medical_records (patient_id, doctor_id, diagnosis)
       SELECT p.id, $1, (ARRAY['Essential hypertension', 'Acute bronchitis', 'Migraine'])[1 + g % 3]
         FROM patients p CROSS JOIN generate_series(1, 2) g`,
      [doctor.user.doctorId],
    );
    await insertAppointment(t, zamoraId, doctor.user.doctorId!);
    await request(t.url)
      .post(`/api/v1/patients/${zamoraId}/records`)
      .set(doctor.auth)
      .send({ diagnosis: 'Xerophthalmia, early' })
      .expect(201);
    await t.dataSource.query('ANALYZE users; ANALYZE patients; ANALYZE medical_records');
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds patients by name, email and diagnosis through the indexes, and users by name', async () => {
    const before = await indexScans();
    expect((await get('/patients?search=zamora', admin)).body).toMatchObject({ meta: { total: 1 } });
    expect(ids(await get('/patients?search=zamorax', admin))).toEqual([]);
    expect(ids(await get('/patients?search=q.zamora@', admin))).toEqual([zamoraId]);
    expect(ids(await get('/patients?search=xerophthalm', admin))).toEqual([zamoraId]);
    // The doctor's scope still applies: a diagnosis of their own patient, found through the same index.
    expect(ids(await get('/patients?search=xerophthalm', doctor))).toEqual([zamoraId]);
    const users = await get('/users?search=zamora', admin);
    expect((users.body.data as { fullName: string }[]).map((user) => user.fullName)).toEqual(['Quentin Zamora']);

    // Each backend reports its statistics to the view within about a second of going idle.
    const after = await eventually(indexScans, (scans) => TRIGRAM_INDEXES.every((name) => scans[name] > before[name]));
    for (const name of TRIGRAM_INDEXES) {
      expect({ name, used: after[name] > before[name] }).toEqual({ name, used: true });
    }
  });

  it('finds the same rows for a term too short for the indexes, reading the tables instead', async () => {
    const byName = await get('/patients?search=mo', admin);
    expect(ids(byName)).toContain(zamoraId);
    expect(byName.body.meta.total).toBe(1);
    // A patient matching by name and by two records is listed once.
    await t.dataSource.query(
      `INSERT INTO medical_records (patient_id, doctor_id, diagnosis) VALUES ($1, $2, 'Zamora syndrome'), ($1, $2, 'Zamora syndrome')`,
      [zamoraId, doctor.user.doctorId],
    );
    for (const term of ['zamora', 'mo', 'za']) {
      const res = await get(`/patients?search=${term}`, admin);
      expect({ term, ids: ids(res), total: res.body.meta.total }).toEqual({ term, ids: [zamoraId], total: 1 });
    }
  });
});
