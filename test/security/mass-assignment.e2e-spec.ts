import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { AUTHORIZATION_MATRIX, type MatrixEntry, type RouteCall } from './authorization-matrix';
import { routeKey } from './route-inventory';
import { sendCall } from './send-call';
import { CALLERS, SecurityWorld, type Caller } from './security-world';

/** Fields a client must never set where the route does not take them: ownership, identity, role and state. */
const GUARDED_FIELDS: Record<string, unknown> = {
  role: 'admin',
  status: 'confirmed',
  doctorId: randomUUID(),
  isActive: true,
  patientId: randomUUID(),
  id: randomUUID(),
  userId: randomUUID(),
  createdAt: '2020-01-01T00:00:00Z',
};

/** The guarded fields a route does take (each one's rules are checked by the feature tests and the matrix). */
const TAKES: Record<string, string[]> = {
  'POST /api/v1/auth/register': ['role'],
  'PATCH /api/v1/users/:id': ['isActive'],
  'POST /api/v1/patients/:id/records': ['status'],
  'PATCH /api/v1/patients/:id/records/:recordId': ['status'],
  'PUT /api/v1/doctors/me/status': ['status'],
  'POST /api/v1/appointments': ['doctorId', 'patientId'],
  'PATCH /api/v1/appointments/:id/status': ['status'],
  'POST /api/v1/notifications': ['userId'],
  'POST /api/v1/notifications/broadcast': ['role'],
  'PATCH /api/v1/webhooks/:id': ['isActive'],
};

/** Writes that take no body at all. */
const BODILESS_WRITES = [
  'POST /api/v1/notifications/read-all',
  'PATCH /api/v1/notifications/:id/read',
  'POST /api/v1/webhooks/:id/rotate-secret',
  'POST /api/v1/webhooks/:id/deliveries/:deliveryId/retry',
];

/** Refusals of the caller (401, 403, 404) come before validation; any other answer means the call got through. */
const passesAuthorization = (status: number) => ![401, 403, 404].includes(status);

/** Every write route, with the first caller the matrix lets through. */
const WRITE_ROUTES = AUTHORIZATION_MATRIX.filter((entry) => ['POST', 'PUT', 'PATCH'].includes(entry.method)).map(
  (entry) => ({ entry, caller: CALLERS.find((caller) => passesAuthorization(entry.expect[caller]))! }),
);

interface ValidationAnswer {
  code?: string;
  details?: { field: string; message: string }[];
}

describe('Mass assignment and hard deletes (e2e)', () => {
  let t: TestApp;
  let world: SecurityWorld;

  beforeAll(async () => {
    t = await startTestApp({ MAX_ACTIVE_BOOKINGS_PER_PATIENT: '1000' });
    world = await SecurityWorld.build(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function refuses(entry: MatrixEntry, caller: Caller, call: RouteCall, field: string): Promise<string[]> {
    const res = await sendCall(t.url, entry, call, world.authOf(caller, entry.scope));
    const body = res.body as ValidationAnswer;
    const fields = (body.details ?? []).map((detail) => detail.field);
    return res.status === 400 && body.code === 'VALIDATION_FAILED' && fields.length === 1 && fields[0] === field
      ? []
      : [`${routeKey(entry)} + ${field} → ${res.status} ${body.code ?? ''} ${fields.join(',')}`];
  }

  it('has a caller that may write on every route with a body', () => {
    expect(WRITE_ROUTES.filter(({ caller }) => caller === undefined).map(({ entry }) => routeKey(entry))).toEqual([]);
  });

  it.each(WRITE_ROUTES)(
    '$entry.method $entry.path refuses each guarded field it does not take with 400 naming the field',
    async ({ entry, caller }) => {
      const takes = TAKES[routeKey(entry)] ?? [];
      const sample = entry.call ? await entry.call(world, caller) : {};
      if (sample.body === undefined) {
        // A route that reads no body has nothing to assign.
        expect(BODILESS_WRITES).toContain(routeKey(entry));
        return;
      }
      const problems: string[] = [];
      for (const [field, value] of Object.entries(GUARDED_FIELDS)) {
        if (field in sample.body || takes.includes(field)) {
          continue;
        }
        // A fresh valid call each time: some rows hand out one-use values (refresh tokens, slots).
        const call = await entry.call!(world, caller);
        problems.push(...(await refuses(entry, caller, { ...call, body: { ...call.body, [field]: value } }, field)));
      }
      expect(problems).toEqual([]);
    },
  );

  it('refuses guarded fields inside nested objects, naming their dotted path', async () => {
    const register = AUTHORIZATION_MATRIX.find((e) => routeKey(e) === 'POST /api/v1/auth/register')!;
    const patientProfile = world.unique('p');
    const problems = [
      ...(await refuses(
        register,
        'anonymous',
        {
          body: {
            email: `${patientProfile}@example.test`,
            password: 'a-good-password-1',
            fullName: 'Nested Patient',
            role: 'patient',
            patient: { bloodType: 'A+', userId: randomUUID() },
          },
        },
        'patient.userId',
      )),
      ...(await refuses(
        register,
        'anonymous',
        {
          body: {
            email: `${world.unique('d')}@example.test`,
            password: 'a-good-password-1',
            fullName: 'Nested Doctor',
            role: 'doctor',
            doctor: { specialization: 'Cardiology', licenseNumber: world.unique('LIC'), isActive: true },
          },
        },
        'doctor.isActive',
      )),
      ...(await refuses(
        AUTHORIZATION_MATRIX.find((e) => routeKey(e) === 'PATCH /api/v1/patients/:id')!,
        'patientA',
        {
          params: { id: world.patientA.patientId! },
          body: { emergencyContact: { name: 'Sam', phone: '+44 20 7946 0001', patientId: randomUUID() } },
        },
        'emergencyContact.patientId',
      )),
      ...(await refuses(
        AUTHORIZATION_MATRIX.find((e) => routeKey(e) === 'PUT /api/v1/doctors/:id/schedule')!,
        'relatedDoctor',
        {
          params: { id: world.relatedDoctor.doctorId! },
          body: { weeklyHours: [{ dayOfWeek: 1, startTime: '09:00', endTime: '17:00', doctorId: randomUUID() }] },
        },
        'weeklyHours.0.doctorId',
      )),
    ];
    expect(problems).toEqual([]);
  });

  it('refuses to self-register as admin', async () => {
    const res = await request(t.url)
      .post('/api/v1/auth/register')
      .send({ email: `${world.unique('x')}@example.test`, password: 'a-good-password-1', fullName: 'X', role: 'admin' })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'role' })]);
  });

  it('lets only an admin set isActive: a patient deactivating themself gets 403 and stays active', async () => {
    const patient = world.sessions.patientA;
    await request(t.url)
      .patch(`/api/v1/users/${patient.user.id}`)
      .set(patient.auth)
      .send({ isActive: false })
      .expect(403);
    const me = await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(200);
    expect(me.body.isActive).toBe(true);
  });

  it('deletes an appointment softly: gone from reads, its row kept with deleted_at set', async () => {
    const id = await world.freshAppointmentOfA();
    await request(t.url).delete(`/api/v1/appointments/${id}`).set(world.sessions.admin.auth).expect(204);
    await request(t.url).get(`/api/v1/appointments/${id}`).set(world.sessions.admin.auth).expect(404);
    const rows: { deleted_at: Date | string | null }[] = await t.dataSource.query(
      'SELECT deleted_at FROM appointments WHERE id = $1',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].deleted_at).not.toBeNull();
  });

  it('deletes an account by deactivating it: the user row and the patient profile stay', async () => {
    const userId = await world.freshPatientUserId();
    await request(t.url).delete(`/api/v1/users/${userId}`).set(world.sessions.admin.auth).expect(204);
    const user = await request(t.url).get(`/api/v1/users/${userId}`).set(world.sessions.admin.auth).expect(200);
    expect(user.body.isActive).toBe(false);
    await request(t.url).get(`/api/v1/patients/${user.body.patientId}`).set(world.sessions.admin.auth).expect(200);
    const rows: { is_active: boolean }[] = await t.dataSource.query('SELECT is_active FROM users WHERE id = $1', [
      userId,
    ]);
    expect(rows).toEqual([{ is_active: false }]);
  });
});
