import type { DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { MedicalRecordsService } from '../../src/patients/medical-records.service';
import { insertAppointment } from '../support/appointment-rows';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { ADMIN_PASSWORD, freshDatabase, testEnv, type TestApp } from '../support/test-app';

/** Medical content and free text the app handles; none of it may reach a log line. */
const CANARY = 'CANARY-7f3a';
const PATIENT_PASSWORD = 'patient-canary-password';
const DOCTOR_PASSWORD = 'doctor-canary-password';
const CHANGED_PASSWORD = 'changed-canary-password';

/** Every line the app writes: pino's destination, plus anything that bypasses it (stdout, stderr, console). */
class LogCapture implements DestinationStream {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  text(): string {
    return this.lines.join('');
  }
  /** The lines containing `needle`: an empty list on success, the offending lines on failure. */
  linesWith(needle: string | RegExp): string[] {
    return this.text()
      .split('\n')
      .filter((line) => (typeof needle === 'string' ? line.includes(needle) : needle.test(line)));
  }
  records(): Record<string, unknown>[] {
    return this.text()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/** The next Monday at least a week ahead, 10:00 UTC: inside a new doctor's default working hours. */
function nextMondayTenUtc(): string {
  const day = new Date();
  day.setUTCHours(10, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() + 7 + ((8 - day.getUTCDay()) % 7));
  return day.toISOString();
}

describe('Logs carry no secrets and no medical content (e2e)', () => {
  const capture = new LogCapture();
  let t: TestApp;
  const secrets: string[] = [PATIENT_PASSWORD, DOCTOR_PASSWORD, CHANGED_PASSWORD, ADMIN_PASSWORD];
  const remember = (session: Session) => {
    secrets.push(session.accessToken, session.refreshToken);
    return session;
  };
  let patient: Session;
  let doctor: Session;
  let admin: Session;
  let patientId: string;
  let recordId: string;
  const failedRequestIds: string[] = [];

  beforeAll(async () => {
    const db = await freshDatabase();
    // Every level, so a leak at debug or trace counts too.
    const config = loadConfig(testEnv(db.url, { LOG_LEVEL: 'trace' }));
    const app = await createApp(config, { logDestination: capture });
    await app.listen(0, '127.0.0.1');
    t = {
      app,
      config,
      url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
      databaseUrl: db.url,
      dataSource: app.get(DataSource),
      close: async () => {
        await app.close();
        await db.drop();
      },
    };
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      jest.spyOn(stream, 'write').mockImplementation((chunk: unknown, ...rest: unknown[]) => {
        capture.write(String(chunk));
        return write(chunk, ...rest);
      });
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => capture.write(`${args.join(' ')}\n`));
    }

    patient = remember(await registerPatient(t, { fullName: 'Canary Patient', password: PATIENT_PASSWORD }));
    doctor = remember(await registerDoctor(t, { fullName: 'Canary Doctor', password: DOCTOR_PASSWORD }));
    admin = remember(await loginAdmin(t));
    patientId = patient.user.patientId!;
    await insertAppointment(t, patientId, doctor.user.doctorId!);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('handles medical records with a canary diagnosis and notes', async () => {
    const login = await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: doctor.user.email, password: DOCTOR_PASSWORD })
      .expect(200);
    doctor = remember({ ...login.body, auth: { Authorization: `Bearer ${login.body.accessToken}` } } as Session);

    const created = await request(t.url)
      .post(`/api/v1/patients/${patientId}/records`)
      .set(doctor.auth)
      .send({
        diagnosis: `${CANARY}-diagnosis`,
        notes: `${CANARY}-notes`,
        prescriptions: [`${CANARY}-prescription`],
      })
      .expect(201);
    recordId = created.body.id as string;

    const read = await request(t.url)
      .get(`/api/v1/patients/${patientId}/records/${recordId}`)
      .set(patient.auth)
      .expect(200);
    expect(read.body.diagnosis).toBe(`${CANARY}-diagnosis`);
    await request(t.url)
      .patch(`/api/v1/patients/${patientId}/records/${recordId}`)
      .set(doctor.auth)
      .send({ notes: `${CANARY}-notes-updated` })
      .expect(200);

    const found = await request(t.url)
      .get('/api/v1/patients')
      .query({ search: `${CANARY}-diagnosis` })
      .set(admin.auth)
      .expect(200);
    expect(found.body.data.map((p: { id: string }) => p.id)).toEqual([patientId]);
  });

  it('handles an appointment with a canary reason and cancellation reason', async () => {
    const booked = await request(t.url)
      .post('/api/v1/appointments')
      .set(patient.auth)
      .set('Idempotency-Key', `${CANARY}-idempotency`)
      .send({ doctorId: doctor.user.doctorId, startsAt: nextMondayTenUtc(), reason: `${CANARY}-reason` })
      .expect(201);
    expect(booked.body.reason).toBe(`${CANARY}-reason`);
    await request(t.url)
      .patch(`/api/v1/appointments/${booked.body.id}/status`)
      .set(patient.auth)
      .send({ status: 'cancelled', reason: `${CANARY}-cancellation` })
      .expect(200);
  });

  it('refuses invalid input carrying the canary with 400, bad tokens with 401', async () => {
    const invalid = await request(t.url)
      .post(`/api/v1/patients/${patientId}/records`)
      .set(doctor.auth)
      .send({ diagnosis: `${CANARY}-diagnosis`, icd10Code: `${CANARY}-icd`, status: CANARY, [CANARY]: CANARY })
      .expect(400);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    await request(t.url)
      .post('/api/v1/auth/register')
      .set('content-type', 'application/json')
      .send(`{"password": "${PATIENT_PASSWORD}", "fullName": "${CANARY}`)
      .expect(400);
    await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: `${CANARY}-wrong-password` })
      .expect(401);
    await request(t.url)
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${patient.accessToken}${CANARY}`)
      .expect(401);
  });

  it('answers an unexpected failure with a bare 500 and logs it with its request id, without the request', async () => {
    const records = t.app.get(MedicalRecordsService);
    jest.spyOn(records, 'createRecord').mockRejectedValueOnce(new Error('records store exploded'));
    const res = await request(t.url)
      .post(`/api/v1/patients/${patientId}/records`)
      .set(doctor.auth)
      .send({ diagnosis: `${CANARY}-diagnosis`, notes: `${CANARY}-notes` })
      .expect(500);
    expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR', message: 'Internal server error' });
    expect(res.text).not.toMatch(/exploded|CANARY|stack/i);
    failedRequestIds.push(res.body.requestId as string);
  });

  it('keeps a database error that quotes the canary out of the answer and the logs', async () => {
    // PostgreSQL quotes the offending input in data errors (`invalid input syntax for type uuid: "…"`).
    const records = t.app.get(MedicalRecordsService);
    jest
      .spyOn(records, 'getRecord')
      .mockImplementationOnce(() => t.dataSource.query('SELECT $1::uuid AS id', [`${CANARY}-not-a-uuid`]));
    const res = await request(t.url)
      .get(`/api/v1/patients/${patientId}/records/${recordId}`)
      .set(patient.auth)
      .expect(500);
    expect(res.body).toMatchObject({ code: 'INTERNAL_ERROR', message: 'Internal server error' });
    expect(res.text).not.toMatch(/CANARY|uuid|select/i);
    failedRequestIds.push(res.body.requestId as string);
  });

  it('changes and refreshes credentials', async () => {
    await request(t.url)
      .post('/api/v1/users/me/password')
      .set(patient.auth)
      .send({ currentPassword: PATIENT_PASSWORD, newPassword: CHANGED_PASSWORD })
      .expect(204);
    const login = await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: CHANGED_PASSWORD })
      .expect(200);
    secrets.push(login.body.accessToken as string, login.body.refreshToken as string);
    const refreshed = await request(t.url)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: login.body.refreshToken })
      .expect(200);
    secrets.push(refreshed.body.accessToken as string, refreshed.body.refreshToken as string);
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    await request(t.url)
      .post('/api/v1/auth/logout')
      .set({ Authorization: `Bearer ${refreshed.body.accessToken}` })
      .send({ refreshToken: refreshed.body.refreshToken })
      .expect(204);
  });

  describe('in everything the app logged', () => {
    it('logged the requests and the 500s with their request ids (the capture is not empty)', () => {
      const records = capture.records();
      expect(records.length).toBeGreaterThan(20);
      const failures = records.filter((r) => r.msg === 'request failed');
      for (const requestId of failedRequestIds) {
        expect(failures.some((r) => r.requestId === requestId)).toBe(true);
      }
      expect(failedRequestIds).toHaveLength(2);
      // Still useful to whoever reads the log: the error, its SQLSTATE and where it came from, minus the input.
      expect(capture.text()).toContain('records store exploded');
      const dataError = failures.find((r) => r.requestId === failedRequestIds[1])?.err as Record<string, string>;
      expect(dataError).toMatchObject({ code: '22P02', message: 'invalid input syntax for type uuid: "[redacted]"' });
      expect(dataError.stack).toContain('QueryFailedError: invalid input syntax for type uuid: "[redacted]"');
    });

    it('has no canary (diagnosis, notes, reason, search, invalid input)', () => {
      expect(capture.linesWith(CANARY)).toEqual([]);
    });

    it('has no password, access or refresh token, and no password hash', () => {
      expect(secrets.length).toBeGreaterThan(10);
      for (const secret of secrets) {
        expect(capture.linesWith(secret)).toEqual([]);
      }
      expect(capture.linesWith(/\$2[aby]\$/)).toEqual([]);
      expect(capture.linesWith(/eyJ[\w-]+\.eyJ[\w-]+/)).toEqual([]);
    });
  });
});
