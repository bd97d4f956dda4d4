import { APPOINTMENT_STATUSES, type TokenResponse } from '@app/contracts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createDatabase } from '../../src/database/data-source.factory';
import { seedDemoClinic, type SeedReport } from '../../src/demo/demo-clinic.seeder';
import { formatSeedReport } from '../../src/demo/seed-report';
import { freshDatabase, startTestApp, testEnv, type TestApp } from '../support/test-app';

/** Row counts and fingerprints of every table the seed could touch. */
const SNAPSHOT_SQL = `
  SELECT (SELECT count(*)::int FROM users) AS users,
         (SELECT md5(string_agg(id::text || password_hash || updated_at::text, ',' ORDER BY id)) FROM users) AS users_hash,
         (SELECT count(*)::int FROM patients) AS patients,
         (SELECT count(*)::int FROM doctors) AS doctors,
         (SELECT count(*)::int FROM doctor_working_hours) AS working_hours,
         (SELECT count(*)::int FROM doctor_time_off) AS time_off,
         (SELECT md5(string_agg(id::text || status || updated_at::text, ',' ORDER BY id)) FROM appointments) AS appointments,
         (SELECT md5(string_agg(id::text || status || updated_at::text, ',' ORDER BY id)) FROM medical_records) AS records,
         (SELECT count(*)::int FROM notifications) AS notifications,
         (SELECT count(*)::int FROM audit_events) AS audit_events,
         (SELECT count(*)::int FROM refresh_tokens) AS refresh_tokens,
         (SELECT count(*)::int FROM idempotency_keys) AS idempotency_keys`;

/** Pairs of slot-holding appointments of one doctor (or one patient) whose times overlap. */
function overlapsSql(party: 'doctor_id' | 'patient_id'): string {
  return `SELECT count(*)::int AS overlaps FROM appointments a JOIN appointments b
            ON a.${party} = b.${party} AND a.id < b.id
           AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
         WHERE a.status <> 'cancelled' AND b.status <> 'cancelled' AND a.deleted_at IS NULL AND b.deleted_at IS NULL`;
}

/** The login lines `npm run seed` prints. */
function loginLines(report: SeedReport): string[] {
  return formatSeedReport(report, 'the test database', 0)
    .split('\n')
    .filter((line) => line.includes(' / '));
}

describe('npm run seed: the demo clinic (e2e)', () => {
  let db: { url: string; drop(): Promise<void> };
  let config: AppConfig;
  let first: SeedReport;
  let second: SeedReport;
  let before: unknown;
  let after: unknown;
  let t: TestApp;

  async function snapshot(): Promise<unknown> {
    const handle = await createDatabase(config.database, { statementTimeoutMs: 10_000 });
    try {
      await handle.dataSource.initialize();
      const [row]: unknown[] = await handle.dataSource.query(SNAPSHOT_SQL);
      return row;
    } finally {
      await handle.close();
    }
  }

  beforeAll(async () => {
    const fresh = await freshDatabase();
    // The seed and the app that checks its logins run one after the other: the embedded database needs a folder.
    if (fresh.url.startsWith('pglite://')) {
      const dir = mkdtempSync(join(tmpdir(), 'clinic-seed-'));
      db = { url: `pglite://${join(dir, 'pglite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    } else {
      db = fresh;
    }
    config = loadConfig(testEnv(db.url));
    first = await seedDemoClinic(config);
    before = await snapshot();
    second = await seedDemoClinic(config);
    after = await snapshot();
    t = await startTestApp({}, db);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await db.drop();
  });

  it('fills an empty database with 12 doctors, 60 patients and two weeks of appointments in every status', () => {
    expect(first.outcome).toBe('created');
    expect(first.accountsCreated).toBe(73);
    const { counts } = first;
    expect(counts).toMatchObject({ doctors: 12, patients: 60, specializations: 6, timeOff: 5 });
    expect(counts.timezones).toBeGreaterThanOrEqual(5);
    for (const status of APPOINTMENT_STATUSES) {
      expect({ status, count: counts.appointments[status] }).toEqual({ status, count: expect.any(Number) });
      expect(counts.appointments[status]).toBeGreaterThan(0);
    }
    const appointments = Object.values(counts.appointments).reduce((sum, n) => sum + n, 0);
    expect(appointments).toBeGreaterThan(150);
    expect(counts.records.active).toBeGreaterThan(0);
    expect(counts.records.resolved).toBeGreaterThan(0);
    // Every booking and status move stored a notice for both parties; the broadcast reached every demo account.
    expect(counts.notifications.appointment).toBeGreaterThan(2 * counts.appointments.pending);
    expect(counts.notifications.broadcast).toBe(73);
    expect(counts.notifications.message).toBe(2);
  });

  it('changes nothing when run again, and prints the same counts and logins', () => {
    expect(second.outcome).toBe('existing');
    expect(second.accountsCreated).toBe(0);
    expect(second.counts).toEqual(first.counts);
    expect(after).toEqual(before);
    expect(loginLines(second)).toEqual(loginLines(first));
    expect(loginLines(first)).toEqual([
      expect.stringMatching(/^ {2}admin +admin@demo\.clinic \/ demo-clinic-pass /),
      expect.stringMatching(/^ {2}doctor +amelia\.hart@demo\.clinic \/ demo-clinic-pass /),
      expect.stringMatching(/^ {2}patient +olivia\.bennett@demo\.clinic \/ demo-clinic-pass /),
    ]);
  });

  it('leaves no two slot-holding appointments of one doctor or one patient overlapping', async () => {
    const [byDoctor]: { overlaps: number }[] = await t.dataSource.query(overlapsSql('doctor_id'));
    const [byPatient]: { overlaps: number }[] = await t.dataSource.query(overlapsSql('patient_id'));
    expect({ byDoctor: byDoctor.overlaps, byPatient: byPatient.overlaps }).toEqual({ byDoctor: 0, byPatient: 0 });
  });

  it('lets every printed login sign in to the running app with the printed password', async () => {
    for (const login of first.logins) {
      const res = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: login.email, password: first.password })
        .expect(200);
      const body = res.body as TokenResponse;
      expect({ email: body.user.email, role: body.user.role }).toEqual({ email: login.email, role: login.role });
    }
  });

  it('shows the demo patient her appointments, records and notifications through the API', async () => {
    const login = await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: first.logins[2].email, password: first.password })
      .expect(200);
    const { accessToken, user } = login.body as TokenResponse;
    const auth = { Authorization: `Bearer ${accessToken}` };
    const appointments = await request(t.url).get('/api/v1/appointments?limit=100').set(auth).expect(200);
    const statuses = (appointments.body as { data: { status: string }[] }).data.map((a) => a.status);
    expect(statuses).toEqual(expect.arrayContaining(['completed', 'confirmed', 'pending']));
    const records = await request(t.url).get(`/api/v1/patients/${user.patientId}/records`).set(auth).expect(200);
    expect((records.body as { meta: { total: number } }).meta.total).toBeGreaterThanOrEqual(2);
    const inbox = await request(t.url).get('/api/v1/notifications?limit=100').set(auth).expect(200);
    const types = (inbox.body as { data: { type: string }[] }).data.map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(['appointment.created', 'broadcast', 'message']));
  });
});
