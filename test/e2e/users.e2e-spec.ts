import request from 'supertest';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Users (e2e)', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await loginAdmin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets an admin list users with role, active and search filters and pagination', async () => {
    await registerPatient(t, { fullName: 'Zelda Searchable', email: 'zelda@example.test' });
    await registerDoctor(t, { fullName: 'Dr Searchable' });
    const byName = await request(t.url).get('/api/v1/users?search=searchable').set(admin.auth).expect(200);
    expect(byName.body.meta).toMatchObject({ page: 1, limit: 20, total: 2, totalPages: 1 });
    const doctors = await request(t.url).get('/api/v1/users?search=searchable&role=doctor').set(admin.auth).expect(200);
    expect(doctors.body.data.map((u: { fullName: string }) => u.fullName)).toEqual(['Dr Searchable']);
    const byEmail = await request(t.url).get('/api/v1/users?search=ZELDA@').set(admin.auth).expect(200);
    expect(byEmail.body.data).toHaveLength(1);
    const page = await request(t.url).get('/api/v1/users?limit=1&page=2').set(admin.auth).expect(200);
    expect(page.body.data).toHaveLength(1);
    expect(page.body.meta.page).toBe(2);
    const wildcard = await request(t.url).get('/api/v1/users?search=%25').set(admin.auth).expect(200);
    expect(wildcard.body.meta.total).toBe(0);
  });

  it("counts every match of a search on each page, past the last one too, and keeps each user's profile ids", async () => {
    const patient = await registerPatient(t, { fullName: 'Quentin Countable' });
    const doctor = await registerDoctor(t, { fullName: 'Dr Countable' });
    const all = await request(t.url).get('/api/v1/users?search=countable').set(admin.auth).expect(200);
    // Newest first: the doctor, then the patient, each with the id of their profile.
    expect(all.body.data).toEqual([
      expect.objectContaining({ id: doctor.user.id, doctorId: doctor.user.doctorId, patientId: null }),
      expect.objectContaining({ id: patient.user.id, patientId: patient.user.patientId, doctorId: null }),
    ]);
    expect(all.body.meta).toEqual({ page: 1, limit: 20, total: 2, totalPages: 1 });
    const second = await request(t.url)
      .get('/api/v1/users?search=countable&limit=1&page=2')
      .set(admin.auth)
      .expect(200);
    expect(second.body).toEqual({ data: [all.body.data[1]], meta: { page: 2, limit: 1, total: 2, totalPages: 2 } });
    const past = await request(t.url).get('/api/v1/users?search=countable&limit=1&page=3').set(admin.auth).expect(200);
    expect(past.body).toEqual({ data: [], meta: { page: 3, limit: 1, total: 2, totalPages: 2 } });
  });

  it('refuses the user list to non-admins with 403', async () => {
    const patient = await registerPatient(t);
    const res = await request(t.url).get('/api/v1/users').set(patient.auth).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('answers 400 for limit > 100, page 0 and an unknown filter value', async () => {
    for (const query of ['limit=101', 'limit=0', 'page=0', 'role=superuser', 'isActive=maybe', 'page=abc']) {
      const res = await request(t.url).get(`/api/v1/users?${query}`).set(admin.auth).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows a user to themself and to an admin, and 404 to anyone else', async () => {
    const a = await registerPatient(t);
    const b = await registerPatient(t);
    await request(t.url).get(`/api/v1/users/${a.user.id}`).set(a.auth).expect(200);
    await request(t.url).get(`/api/v1/users/${a.user.id}`).set(admin.auth).expect(200);
    const res = await request(t.url).get(`/api/v1/users/${a.user.id}`).set(b.auth).expect(404);
    expect(res.body.code).toBe('USER_NOT_FOUND');
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const res = await request(t.url).get('/api/v1/users/not-a-uuid').set(admin.auth).expect(400);
    expect(res.body.details).toEqual([{ field: 'id', message: expect.any(String) }]);
    await request(t.url).get('/api/v1/users/00000000-0000-4000-8000-000000000000').set(admin.auth).expect(404);
  });

  it('lets a user edit their name and phone, but only an admin set isActive', async () => {
    const patient = await registerPatient(t);
    const res = await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(patient.auth)
      .send({ fullName: 'New Name', phone: '+1 555 0100' })
      .expect(200);
    expect(res.body).toMatchObject({ fullName: 'New Name', phone: '+1 555 0100' });
    await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(patient.auth)
      .send({ isActive: false })
      .expect(403);
    await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(patient.auth)
      .send({ role: 'admin' })
      .expect(400);
  });

  it('lets an admin deactivate and reactivate an account; tokens issued before stop working', async () => {
    const patient = await registerPatient(t, { password: 'patient-password' });
    await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(admin.auth)
      .send({ isActive: false })
      .expect(200);
    await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(401);
    const reactivated = await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(admin.auth)
      .send({ isActive: true })
      .expect(200);
    expect(reactivated.body.isActive).toBe(true);
    await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: 'patient-password' })
      .expect(200);
  });

  it('deactivates with DELETE (admin only) and keeps the data', async () => {
    const patient = await registerPatient(t);
    await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(patient.auth).expect(403);
    await request(t.url).delete(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(204);
    const res = await request(t.url).get(`/api/v1/users/${patient.user.id}`).set(admin.auth).expect(200);
    expect(res.body.isActive).toBe(false);
  });

  it('changes the password, revoking refresh tokens and earlier access tokens', async () => {
    const patient = await registerPatient(t, { password: 'old-password' });
    const wrong = await request(t.url)
      .post('/api/v1/users/me/password')
      .set(patient.auth)
      .send({ currentPassword: 'not-it', newPassword: 'new-password' })
      .expect(422);
    expect(wrong.body.code).toBe('WRONG_PASSWORD');
    await request(t.url)
      .post('/api/v1/users/me/password')
      .set(patient.auth)
      .send({ currentPassword: 'old-password', newPassword: 'new-password' })
      .expect(204);
    await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(401);
    await request(t.url).post('/api/v1/auth/refresh').send({ refreshToken: patient.refreshToken }).expect(401);
    await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: 'old-password' })
      .expect(401);
    await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: 'new-password' })
      .expect(200);
  });

  it('does not log in with a password that differs only after byte 72', async () => {
    const base = 'a'.repeat(72);
    const patient = await registerPatient(t, { password: base });
    await request(t.url)
      .post('/api/v1/auth/login')
      .send({ email: patient.user.email, password: `${base}b` })
      .expect(401);
  });
});
