import fc from 'fast-check';
import request from 'supertest';
import { book, nextWeekday, SlotClock } from '../support/appointments';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  broadcast,
  message,
  newRecord,
  password,
  patientChanges,
  recordChanges,
  registration,
  userChanges,
} from './support/bodies';
import {
  checkMutatedBodies,
  checkValidBodies,
  expectUnpollutedPrototypes,
  fill,
  type RouteCase,
} from './support/route-cases';

/**
 * Property-based: every POST/PATCH route of accounts, patients, records and notifications, fed valid bodies (which
 * must succeed) and mutated ones (wrong types, missing and extra fields, huge strings, nulls, nested garbage,
 * prototype keys, broken JSON), never answers 5xx, answers only its documented statuses, and always in the
 * contract's error shape.
 */
describe('Request bodies of accounts, patients, records and notifications (property-based, e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient: Session;
  let doctor: Session;
  let tokenOwner: Session;
  let loginOwner: Session;
  let appointmentId: string;
  let recordId: string;
  let notificationId: string;
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    admin = await loginAdmin(t);
    patient = await registerPatient(t);
    doctor = await registerDoctor(t);
    tokenOwner = await registerPatient(t);
    loginOwner = await registerPatient(t);
    const appointment = await book(t, patient, {
      doctorId: doctor.user.doctorId,
      startsAt: new SlotClock(nextWeekday(7)).next(),
    });
    appointmentId = appointment.id;
    const record = await request(t.url)
      .post(api(`/patients/${patient.user.patientId}/records`))
      .set(doctor.auth)
      .send({ diagnosis: 'Seasonal flu' })
      .expect(201);
    recordId = (record.body as { id: string }).id;
    const sent = await request(t.url)
      .post(api('/notifications'))
      .set(admin.auth)
      .send({ userId: patient.user.id, title: 'Hello', body: 'Welcome' })
      .expect(201);
    notificationId = (sent.body as { id: string }).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function freshLogin(owner: Session): Promise<Session> {
    const res = await request(t.url)
      .post(api('/auth/login'))
      .send({ email: owner.user.email, password: 'patient-password' })
      .expect(200);
    const body = res.body as Session;
    return { ...body, auth: { Authorization: `Bearer ${body.accessToken}` } };
  }

  const cases: RouteCase[] = [
    {
      route: 'POST /auth/register',
      method: 'post',
      statuses: [201, 409, 429],
      validStatuses: [201],
      valid: registration,
      target: async () => ({ path: api('/auth/register'), session: null }),
    },
    {
      route: 'POST /auth/login',
      method: 'post',
      statuses: [200, 401, 403, 429],
      validStatuses: [200, 401, 429],
      valid: fc.oneof(
        fc.constant({ email: '$owner', password: 'patient-password' }),
        fc.record({ email: fc.constant('$owner'), password: fc.string({ minLength: 1, maxLength: 1024 }) }),
        fc.record({
          email: fc.emailAddress(),
          password: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
        }),
      ),
      target: async (valid) => ({
        path: api('/auth/login'),
        session: null,
        body: fill(valid, { $owner: loginOwner.user.email }),
      }),
    },
    {
      route: 'POST /auth/refresh',
      method: 'post',
      statuses: [200, 401],
      validStatuses: [200, 401],
      valid: fc.oneof(
        fc.constant({ refreshToken: '$fresh' }),
        fc.record({ refreshToken: fc.string({ unit: 'grapheme', maxLength: 1000 }) }),
      ),
      target: async (valid) => {
        const fresh = await freshLogin(tokenOwner);
        return { path: api('/auth/refresh'), session: null, body: fill(valid, { $fresh: fresh.refreshToken }) };
      },
    },
    {
      route: 'POST /auth/logout',
      method: 'post',
      statuses: [204, 401],
      validStatuses: [204],
      valid: fc.constant({ refreshToken: '$fresh' }),
      target: async (valid) => {
        const fresh = await freshLogin(tokenOwner);
        return { path: api('/auth/logout'), session: fresh, body: fill(valid, { $fresh: fresh.refreshToken }) };
      },
    },
    {
      route: 'POST /users/me/password',
      method: 'post',
      statuses: [204, 401, 422],
      validStatuses: [204],
      valid: fc.record({ currentPassword: fc.constant('patient-password'), newPassword: password }),
      // A new account per run: changing the password ends the caller's tokens.
      target: async () => ({ path: api('/users/me/password'), session: await registerPatient(t) }),
    },
    {
      route: 'PATCH /users/:id',
      method: 'patch',
      statuses: [200, 401, 403, 404],
      validStatuses: [200],
      valid: userChanges,
      target: async () => ({ path: api(`/users/${patient.user.id}`), session: patient }),
    },
    {
      route: 'PATCH /patients/:id',
      method: 'patch',
      statuses: [200, 401, 403, 404],
      validStatuses: [200],
      valid: patientChanges,
      target: async () => ({ path: api(`/patients/${patient.user.patientId}`), session: patient }),
    },
    {
      route: 'POST /patients/:id/records',
      method: 'post',
      statuses: [201, 401, 403, 404],
      validStatuses: [201],
      valid: newRecord,
      target: async (valid) => ({
        path: api(`/patients/${patient.user.patientId}/records`),
        session: doctor,
        body: fill(valid, { $appointment: appointmentId }),
      }),
    },
    {
      route: 'PATCH /patients/:id/records/:recordId',
      method: 'patch',
      statuses: [200, 401, 403, 404],
      validStatuses: [200],
      valid: recordChanges,
      target: async () => ({ path: api(`/patients/${patient.user.patientId}/records/${recordId}`), session: doctor }),
    },
    {
      route: 'POST /notifications',
      method: 'post',
      statuses: [201, 401, 403, 404],
      validStatuses: [201],
      valid: message,
      target: async (valid) => ({
        path: api('/notifications'),
        session: admin,
        body: fill(valid, { $user: patient.user.id }),
      }),
    },
    {
      route: 'POST /notifications/broadcast',
      method: 'post',
      statuses: [202, 401, 403],
      validStatuses: [202],
      valid: broadcast,
      target: async () => ({ path: api('/notifications/broadcast'), session: admin }),
    },
    {
      route: 'POST /notifications/read-all',
      method: 'post',
      statuses: [204, 401],
      validStatuses: [204],
      valid: fc.constant({}),
      target: async () => ({ path: api('/notifications/read-all'), session: patient }),
    },
    {
      route: 'PATCH /notifications/:id/read',
      method: 'patch',
      statuses: [200, 401, 404],
      validStatuses: [200],
      valid: fc.constant({}),
      target: async () => ({ path: api(`/notifications/${notificationId}/read`), session: patient }),
    },
  ];

  describe.each(cases.map((c) => [c.route, c] as const))('%s', (_route, c) => {
    it('answers valid bodies with success', async () => {
      await checkValidBodies(t, c);
    });

    it('answers mutated bodies with a documented status in the error shape, never a 5xx', async () => {
      await checkMutatedBodies(t, c);
    });
  });

  it('keeps Object.prototype clean and the server up after all of it', async () => {
    expectUnpollutedPrototypes();
    await request(t.url).get('/health/live').expect(200);
  });
});
