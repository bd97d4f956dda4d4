import { createHmac } from 'node:crypto';
import request from 'supertest';
import { ExpiredRowsSweeper } from '../../src/database/expired-rows.sweeper';
import { loginAdmin, registerDoctor, registerPatient } from '../support/factories';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function forge(header: object, payload: object, secret = TEST_JWT_SECRET): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('Auth (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('register', () => {
    it('registers a patient with a profile and answers a TokenResponse', async () => {
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({
          email: 'Ann.Smith@Example.TEST',
          password: 'correct-horse',
          fullName: 'Ann Smith',
          role: 'patient',
          phone: '+49 30 1234567',
          patient: { dateOfBirth: '1990-04-01', bloodType: 'A+', allergies: ['penicillin'] },
        })
        .expect(201);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(res.body.user).toMatchObject({
        email: 'ann.smith@example.test',
        fullName: 'Ann Smith',
        role: 'patient',
        isActive: true,
        doctorId: null,
      });
      expect(res.body.user.patientId).toEqual(expect.any(String));
      expect(res.body.user).not.toHaveProperty('passwordHash');
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('registers a doctor with a doctor profile', async () => {
      const doctor = await registerDoctor(t);
      expect(doctor.user.role).toBe('doctor');
      expect(doctor.user.doctorId).toEqual(expect.any(String));
      expect(doctor.user.patientId).toBeNull();
    });

    it('refuses admin self-registration with 400', async () => {
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({ email: 'root@example.test', password: 'password-1', fullName: 'Root', role: 'admin' })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
    });

    it('treats an explicit null patient profile as none given', async () => {
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({
          email: 'null-profile@example.test',
          password: 'password-1',
          fullName: 'Nil',
          role: 'patient',
          patient: null,
        })
        .expect(201);
      expect(res.body.user.patientId).toEqual(expect.any(String));
    });

    it('refuses a doctor without a doctor profile', async () => {
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({ email: 'nodoc@example.test', password: 'password-1', fullName: 'No Doc', role: 'doctor' })
        .expect(400);
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'doctor' })]));
    });

    it('answers 409 EMAIL_TAKEN for a duplicate email, whatever its case', async () => {
      await registerPatient(t, { email: 'dup@example.test' });
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({ email: 'DUP@example.test', password: 'password-1', fullName: 'Dup', role: 'patient' })
        .expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
    });

    it('answers 409 LICENSE_TAKEN for a duplicate licence number and creates no user', async () => {
      await registerDoctor(t, {}, { licenseNumber: 'LIC-DUP-1' });
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({
          email: 'second-doc@example.test',
          password: 'password-1',
          fullName: 'Second',
          role: 'doctor',
          doctor: { specialization: 'Cardiology', licenseNumber: 'LIC-DUP-1' },
        })
        .expect(409);
      expect(res.body.code).toBe('LICENSE_TAKEN');
      await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'second-doc@example.test', password: 'password-1' })
        .expect(401);
    });

    it('answers 400 with details for an unknown body field', async () => {
      const res = await request(t.url)
        .post('/api/v1/auth/register')
        .send({ email: 'x@example.test', password: 'password-1', fullName: 'X', role: 'patient', isAdmin: true })
        .expect(400);
      expect(res.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        path: '/api/v1/auth/register',
        details: [{ field: 'isAdmin', message: expect.any(String) }],
      });
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
    });

    it('refuses passwords shorter than 8 or longer than 72 characters or bytes', async () => {
      for (const password of ['short', 'x'.repeat(73), 'é'.repeat(40)]) {
        const res = await request(t.url)
          .post('/api/v1/auth/register')
          .send({ email: 'pw@example.test', password, fullName: 'Pw', role: 'patient' })
          .expect(400);
        expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
      }
    });

    it('refuses an invalid IANA time zone for a doctor', async () => {
      await request(t.url)
        .post('/api/v1/auth/register')
        .send({
          email: 'tz@example.test',
          password: 'password-1',
          fullName: 'Tz',
          role: 'doctor',
          doctor: { specialization: 'GP', licenseNumber: 'LIC-TZ', timezone: 'Mars/Olympus' },
        })
        .expect(400);
    });
  });

  describe('login', () => {
    it('logs in case-insensitively and answers the same 401 for unknown email and wrong password', async () => {
      await registerPatient(t, { email: 'login@example.test', password: 'right-password' });
      const ok = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'LOGIN@example.test', password: 'right-password' })
        .expect(200);
      expect(ok.body.user.email).toBe('login@example.test');

      const wrong = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'login@example.test', password: 'wrong-password' })
        .expect(401);
      const unknown = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.test', password: 'wrong-password' })
        .expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
      expect(wrong.body.message).toBe(unknown.body.message);
    });

    it('answers 429 with Retry-After after 5 failures for one email', async () => {
      await registerPatient(t, { email: 'brute@example.test', password: 'right-password' });
      for (let i = 0; i < 5; i += 1) {
        await request(t.url)
          .post('/api/v1/auth/login')
          .send({ email: 'brute@example.test', password: `wrong-${i}` })
          .expect(401);
      }
      const res = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'brute@example.test', password: 'right-password' })
        .expect(429);
      expect(res.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('holds the limit of 5 when the guesses arrive all at once, and a right password after them gets 429', async () => {
      await registerPatient(t, { email: 'burst@example.test', password: 'right-password' });
      const guesses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          request(t.url)
            .post('/api/v1/auth/login')
            .send({ email: 'burst@example.test', password: `wrong-${i}` }),
        ),
      );
      const statuses = guesses.map((res) => res.status).sort();
      expect(statuses).toEqual([...Array<number>(5).fill(401), ...Array<number>(7).fill(429)]);
      await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'burst@example.test', password: 'right-password' })
        .expect(429);
    });

    it('answers 403 ACCOUNT_DISABLED for a deactivated account', async () => {
      const admin = await loginAdmin(t);
      const patient = await registerPatient(t, { email: 'disabled@example.test', password: 'right-password' });
      await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);
      const res = await request(t.url)
        .post('/api/v1/auth/login')
        .send({ email: 'disabled@example.test', password: 'right-password' })
        .expect(403);
      expect(res.body.code).toBe('ACCOUNT_DISABLED');
      await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(401);
      await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: patient.refreshToken }).expect(401);
    });
  });

  describe('tokens', () => {
    it('answers /auth/me with the caller', async () => {
      const patient = await registerPatient(t);
      const res = await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(200);
      expect(res.body).toEqual(patient.user);
    });

    it('deletes expired refresh tokens in the background and keeps live ones', async () => {
      const patient = await registerPatient(t);
      const other = await registerPatient(t);
      await t.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [patient.user.id],
      );
      expect((await t.app.get(ExpiredRowsSweeper).sweep()).refresh_tokens).toBeGreaterThanOrEqual(1);
      const left = async (userId: string) => {
        const rows: { n: string }[] = await t.dataSource.query(
          'SELECT count(*) AS n FROM refresh_tokens WHERE user_id = $1',
          [userId],
        );
        return Number(rows[0].n);
      };
      expect(await left(patient.user.id)).toBe(0);
      expect(await left(other.user.id)).toBe(1);
      await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(200);
    });

    it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
      const patient = await registerPatient(t);
      const first = await request(t.url)
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: patient.refreshToken })
        .expect(200);
      expect(first.body.refreshToken).not.toBe(patient.refreshToken);
      await request(t.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${first.body.accessToken}`).expect(200);

      const reuse = await request(t.url)
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: patient.refreshToken })
        .expect(401);
      expect(reuse.body.code).toBe('TOKEN_REUSED');
      // The token issued by the legitimate rotation is revoked too.
      await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    });

    it('lets at most one of two concurrent refreshes with one token succeed', async () => {
      const patient = await registerPatient(t);
      const answers = await Promise.all(
        [0, 1].map(() => request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: patient.refreshToken })),
      );
      expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(1);
      expect(answers.filter((a) => a.status === 401).length).toBeGreaterThanOrEqual(1);
    });

    it('does not accept an access token as a refresh token, nor the other way round', async () => {
      const patient = await registerPatient(t);
      await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: patient.accessToken }).expect(401);
      await request(t.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${patient.refreshToken}`).expect(401);
    });

    it('logs out: the refresh token stops working', async () => {
      const patient = await registerPatient(t);
      await request(t.url)
        .post('/api/v1/auth/logout')
        .set(patient.auth)
        .send({ refreshToken: patient.refreshToken })
        .expect(204);
      await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: patient.refreshToken }).expect(401);
    });

    it('refuses tampered, expired, alg:none, exp-less and foreign-algorithm tokens with 401', async () => {
      const patient = await registerPatient(t);
      const [header, payload] = patient.accessToken.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const bad = [
        `${header}.${base64url({ ...claims, role: 'admin' })}.${patient.accessToken.split('.')[2]}`,
        forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 100, exp: now - 10 }),
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`,
        forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, exp: undefined }),
        forge({ alg: 'HS512', typ: 'JWT' }, claims),
        forge({ alg: 'HS256', typ: 'JWT' }, { ...claims, iss: 'someone-else' }),
        forge({ alg: 'HS256', typ: 'JWT' }, claims, 'a-different-secret-of-sufficient-length-000'),
        'not-a-jwt',
      ];
      for (const token of bad) {
        const res = await request(t.url).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
        expect(res.body.code).toBe('UNAUTHORIZED');
      }
      // A token in the query string is never read.
      await request(t.url).get(`/api/v1/auth/me?access_token=${patient.accessToken}`).expect(401);
    });
  });
});
