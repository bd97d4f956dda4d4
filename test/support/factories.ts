import type { TokenResponse } from '@app/contracts';
import request from 'supertest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './test-app';

let counter = 0;
function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

export interface Session extends TokenResponse {
  auth: { Authorization: string };
}

function session(body: TokenResponse): Session {
  return { ...body, auth: { Authorization: `Bearer ${body.accessToken}` } };
}

export async function registerPatient(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  const res = await request(t.url)
    .post('/api/v1/auth/register')
    .send({
      email: `${unique('patient')}@example.test`,
      password: 'patient-password',
      fullName: 'Pat Patient',
      role: 'patient',
      ...overrides,
    })
    .expect(201);
  return session(res.body as TokenResponse);
}

export async function registerDoctor(
  t: TestApp,
  overrides: Record<string, unknown> = {},
  profile: Record<string, unknown> = {},
): Promise<Session> {
  const res = await request(t.url)
    .post('/api/v1/auth/register')
    .send({
      email: `${unique('doctor')}@example.test`,
      password: 'doctor-password',
      fullName: 'Dana Doctor',
      role: 'doctor',
      doctor: { specialization: 'General practice', licenseNumber: unique('LIC'), timezone: 'UTC', ...profile },
      ...overrides,
    })
    .expect(201);
  return session(res.body as TokenResponse);
}

export async function loginAdmin(t: Pick<TestApp, 'url'>): Promise<Session> {
  const res = await request(t.url)
    .post('/api/v1/auth/login')
    .send({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
    .expect(200);
  return session(res.body as TokenResponse);
}
