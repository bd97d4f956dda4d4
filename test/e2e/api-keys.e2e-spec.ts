import type { ApiKey, Appointment, AuditEvent, CreatedApiKey, Page, Scope } from '@app/contracts';
import Redis from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { ApiKeyUsage } from '../../src/api-keys/api-key-usage';
import { book, nextWeekday, SlotClock } from '../support/appointments';
import { eventually } from '../support/eventually';
import { loginAdmin, registerDoctor, registerPatient, type Session } from '../support/factories';
import { refused, SocketPool } from '../support/realtime';
import { freshDatabase, startTestApp, type TestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_TEST_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The per-key limit of this file's app: low, so the limit test reaches it; the other tests stay under it. */
const PER_MINUTE = 40;

async function createKey(t: TestApp, admin: Session, scopes: Scope[], extra: Record<string, unknown> = {}) {
  const res = await request(t.url)
    .post('/api/v1/api-keys')
    .set(admin.auth)
    .send({ name: `key of ${scopes.length} scopes`, scopes, ...extra })
    .expect(201);
  return res.body as CreatedApiKey;
}

const withKey = (key: CreatedApiKey) => ({ 'X-API-Key': key.key });

describe('API keys (e2e)', () => {
  let t: TestApp;
  let admin: Session;
  let patient: Session;
  let doctor: Session;
  let appointment: Appointment;
  const slots = new SlotClock(nextWeekday(9));
  const sockets = new SocketPool();

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_API_KEY_PER_MINUTE: String(PER_MINUTE), API_KEY_USAGE_FLUSH_MS: '600000' });
    admin = await loginAdmin(t);
    [patient, doctor] = await Promise.all([registerPatient(t), registerDoctor(t)]);
    appointment = await book(t, patient, { doctorId: doctor.user.doctorId, startsAt: slots.next() });
  });
  afterEach(() => sockets.closeAll());
  afterAll(async () => {
    await t?.close();
  });

  describe('made, listed and revoked by an admin', () => {
    it('shows the key once, keeps only its SHA-256, and lists the key without it', async () => {
      const created = await createKey(t, admin, ['appointments:read', 'appointments:read', 'fhir:read']);
      expect(created).toEqual({
        id: expect.any(String),
        name: 'key of 3 scopes',
        scopes: ['appointments:read', 'fhir:read'],
        prefix: created.key.slice(0, 12),
        key: expect.stringMatching(/^cbk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/),
        createdAt: expect.any(String),
        expiresAt: null,
        lastUsedAt: null,
      });
      const [row] = await t.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM api_keys WHERE id = $1`, [
        created.id,
      ]);
      expect(row.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(created.key.slice(13));

      const list = await request(t.url).get('/api/v1/api-keys?limit=100').set(admin.auth).expect(200);
      const page = list.body as Page<ApiKey>;
      const listed = page.data.find((key) => key.id === created.id);
      expect(listed).toEqual({ ...created, key: undefined });
      expect(JSON.stringify(page)).not.toContain(created.key.slice(13));
      expect(page.meta).toEqual(expect.objectContaining({ page: 1, limit: 100 }));
    });

    it('refuses bad bodies with 400: no scope, an unknown scope, an unknown field, a past expiry', async () => {
      const bodies = [
        { name: 'none', scopes: [] },
        { name: 'unknown', scopes: ['users:read'] },
        { name: 'extra', scopes: ['doctors:read'], admin: true },
        { name: 'past', scopes: ['doctors:read'], expiresAt: '2020-01-01T00:00:00Z' },
        { scopes: ['doctors:read'] },
      ];
      for (const body of bodies) {
        const res = await request(t.url).post('/api/v1/api-keys').set(admin.auth).send(body);
        expect({ body, status: res.status, code: (res.body as { code: string }).code }).toEqual({
          body,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
    });

    it('is for admins only: other users get 403', async () => {
      await request(t.url)
        .post('/api/v1/api-keys')
        .set(doctor.auth)
        .send({ name: 'mine', scopes: ['doctors:read'] })
        .expect(403);
      await request(t.url).get('/api/v1/api-keys').set(patient.auth).expect(403);
    });

    it('revokes a key at once (401 from then on), drops it from the list, and answers 404 the second time', async () => {
      const key = await createKey(t, admin, ['appointments:read']);
      await request(t.url).get('/api/v1/appointments').set(withKey(key)).expect(200); // now remembered
      await request(t.url).delete(`/api/v1/api-keys/${key.id}`).set(admin.auth).expect(204);
      const after = await request(t.url).get('/api/v1/appointments').set(withKey(key)).expect(401);
      expect((after.body as { code: string }).code).toBe('UNAUTHORIZED');
      const list = await request(t.url).get('/api/v1/api-keys?limit=100').set(admin.auth).expect(200);
      expect((list.body as Page<ApiKey>).data.map((k) => k.id)).not.toContain(key.id);
      const again = await request(t.url).delete(`/api/v1/api-keys/${key.id}`).set(admin.auth).expect(404);
      expect((again.body as { code: string }).code).toBe('API_KEY_NOT_FOUND');
    });

    it('refuses an expired key with 401, and a key it never made', async () => {
      const key = await createKey(t, admin, ['doctors:read'], {
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      expect(key.expiresAt).not.toBeNull();
      await t.dataSource.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [key.id]);
      await request(t.url).get('/api/v1/doctors').set(withKey(key)).expect(401);
      const forged = `${key.prefix}_${randomBytes(32).toString('base64url')}`;
      await request(t.url).get('/api/v1/doctors').set('X-API-Key', forged).expect(401);
      await request(t.url).get('/api/v1/doctors').set('X-API-Key', 'not-a-key').expect(401);
    });
  });

  describe('used as the caller', () => {
    it('is accepted as X-API-Key and as Authorization: Bearer, and sees what an admin sees within its scopes', async () => {
      const key = await createKey(t, admin, ['appointments:read']);
      for (const headers of [withKey(key), { Authorization: `Bearer ${key.key}` }]) {
        const res = await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(headers).expect(200);
        expect((res.body as Appointment).id).toBe(appointment.id);
      }
      const list = await request(t.url).get('/api/v1/appointments?limit=100').set(withKey(key)).expect(200);
      expect((list.body as Page<Appointment>).data.map((a) => a.id)).toContain(appointment.id);
    });

    it('answers 403 INSUFFICIENT_SCOPE on a route outside its scopes', async () => {
      const key = await createKey(t, admin, ['doctors:read', 'fhir:read']);
      await request(t.url).get('/api/v1/doctors').set(withKey(key)).expect(200);
      for (const [method, path] of [
        ['get', `/api/v1/appointments/${appointment.id}`],
        ['get', '/api/v1/appointments'],
        ['patch', `/api/v1/doctors/${doctor.user.doctorId}`],
        ['get', `/api/v1/patients/${patient.user.patientId}`],
      ] as const) {
        const res = await request(t.url)[method](path).set(withKey(key)).send({});
        expect({ path, status: res.status, code: (res.body as { code: string }).code }).toEqual({
          path,
          status: 403,
          code: 'INSUFFICIENT_SCOPE',
        });
      }
    });

    it('books and moves appointments with appointments:write, named as the key in changedBy', async () => {
      const key = await createKey(t, admin, ['appointments:write', 'appointments:read']);
      const booked = await request(t.url)
        .post('/api/v1/appointments')
        .set(withKey(key))
        .set('Idempotency-Key', `key-booking-${key.id}`)
        .send({ doctorId: doctor.user.doctorId, patientId: patient.user.patientId, startsAt: slots.next() })
        .expect(201);
      const id = (booked.body as Appointment).id;
      await request(t.url)
        .patch(`/api/v1/appointments/${id}/status`)
        .set(withKey(key))
        .send({ status: 'cancelled', reason: 'moved by the billing system' })
        .expect(200);
      const row = await t.dataSource.query<{ created_by: string; cancelled_by: string }[]>(
        `SELECT created_by, cancelled_by FROM appointments WHERE id = $1`,
        [id],
      );
      expect(row[0]).toEqual({ created_by: key.id, cancelled_by: key.id });
      // Deleting is not an integration's: no scope opens it.
      const removed = await request(t.url).delete(`/api/v1/appointments/${id}`).set(withKey(key)).expect(403);
      expect((removed.body as { code: string }).code).toBe('FORBIDDEN');
    });

    it('reaches no /users, /api-keys, /auth/me, audit, jobs, inbox or broadcast route, whatever its scopes', async () => {
      const key = await createKey(t, admin, [
        'appointments:read',
        'appointments:write',
        'doctors:read',
        'doctors:write',
        'patients:read',
        'webhooks:manage',
        'fhir:read',
      ]);
      for (const [method, path, body] of [
        ['get', '/api/v1/users', undefined],
        ['get', `/api/v1/users/${patient.user.id}`, undefined],
        ['delete', `/api/v1/users/${patient.user.id}`, undefined],
        ['get', '/api/v1/api-keys', undefined],
        ['post', '/api/v1/api-keys', { name: 'child', scopes: ['doctors:read'] }],
        ['delete', `/api/v1/api-keys/${key.id}`, undefined],
        ['get', '/api/v1/auth/me', undefined],
        ['get', '/api/v1/audit-events', undefined],
        ['get', '/api/v1/jobs', undefined],
        ['get', '/api/v1/notifications', undefined],
        ['post', '/api/v1/notifications/broadcast', { title: 'Hello', body: 'Everyone' }],
        ['patch', `/api/v1/patients/${patient.user.patientId}`, { address: 'Elsewhere' }],
      ] as const) {
        const res = await request(t.url)[method](path).set(withKey(key)).send(body);
        expect({ path, method, status: res.status, code: (res.body as { code: string }).code }).toEqual({
          path,
          method,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      // Still a working key afterwards: nothing above revoked or changed it.
      await request(t.url).get('/api/v1/doctors').set(withKey(key)).expect(200);
    });

    it('opens no socket: the handshake refuses a key in auth.token and in the Authorization header', async () => {
      const key = await createKey(t, admin, ['appointments:read']);
      const byToken = sockets.open(t.url, { token: key.key });
      expect((await refused(byToken.socket)).message).toBe('Unauthorized');
      const byHeader = sockets.open(t.url, { headers: { Authorization: `Bearer ${key.key}` } });
      expect((await refused(byHeader.socket)).message).toBe('Unauthorized');
    });

    it('names the key in the audit log', async () => {
      const key = await createKey(t, admin, ['patients:read']);
      await request(t.url).get(`/api/v1/patients/${patient.user.patientId}`).set(withKey(key)).expect(200);
      const res = await request(t.url).get(`/api/v1/audit-events?actorId=${key.id}`).set(admin.auth).expect(200);
      expect((res.body as Page<AuditEvent>).data).toEqual([
        expect.objectContaining({
          actorId: key.id,
          actorRole: 'integration',
          action: 'patient.read',
          patientId: patient.user.patientId,
          outcome: 'allowed',
        }),
      ]);
    });

    it('keeps lastUsedAt without a write per request: written by the next flush', async () => {
      const key = await createKey(t, admin, ['doctors:read']);
      const before = Date.now();
      await request(t.url).get('/api/v1/doctors').set(withKey(key)).expect(200);
      await request(t.url).get('/api/v1/doctors').set(withKey(key)).expect(200);
      const unflushed = await t.dataSource.query<{ last_used_at: Date | null }[]>(
        `SELECT last_used_at FROM api_keys WHERE id = $1`,
        [key.id],
      );
      expect(unflushed[0].last_used_at).toBeNull(); // this app flushes every 10 minutes
      await t.app.get(ApiKeyUsage).flush();
      const list = await request(t.url).get('/api/v1/api-keys?limit=100').set(admin.auth).expect(200);
      const listed = (list.body as Page<ApiKey>).data.find((k) => k.id === key.id);
      expect(listed?.lastUsedAt).not.toBeNull();
      expect(new Date(listed!.lastUsedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    });

    it('limits each key on its own: past the limit 429 TOO_MANY_REQUESTS with Retry-After; other keys go on', async () => {
      const busy = await createKey(t, admin, ['doctors:read']);
      const calm = await createKey(t, admin, ['doctors:read']);
      for (let i = 0; i < PER_MINUTE; i += 1) {
        await request(t.url).get('/api/v1/doctors/specializations').set(withKey(busy)).expect(200);
      }
      const limited = await request(t.url).get('/api/v1/doctors/specializations').set(withKey(busy)).expect(429);
      expect((limited.body as { code: string }).code).toBe('TOO_MANY_REQUESTS');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      await request(t.url).get('/api/v1/doctors/specializations').set(withKey(calm)).expect(200);
      await request(t.url).get('/api/v1/doctors/specializations').set(admin.auth).expect(200);
    });
  });

  describe('FHIR', () => {
    it('serves the FHIR API to a fhir:read key, and refuses it to a key without that scope', async () => {
      const fhir = await createKey(t, admin, ['fhir:read']);
      const res = await request(t.url).get(`/api/v1/fhir/R4/Appointment/${appointment.id}`).set(withKey(fhir));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      expect(res.body).toEqual(expect.objectContaining({ resourceType: 'Appointment', id: appointment.id }));
      await request(t.url).get(`/api/v1/fhir/R4/Patient/${patient.user.patientId}`).set(withKey(fhir)).expect(200);
      const bundle = await request(t.url)
        .get(`/api/v1/fhir/R4/Appointment?patient=Patient/${patient.user.patientId}`)
        .set(withKey(fhir))
        .expect(200);
      expect((bundle.body as { type: string; total: number }).total).toBeGreaterThanOrEqual(1);
      // fhir:read opens the FHIR routes only, not the REST ones.
      await request(t.url).get(`/api/v1/appointments/${appointment.id}`).set(withKey(fhir)).expect(403);

      const rest = await createKey(t, admin, ['appointments:read', 'patients:read']);
      const refusedFhir = await request(t.url)
        .get(`/api/v1/fhir/R4/Appointment/${appointment.id}`)
        .set(withKey(rest))
        .expect(403);
      expect(refusedFhir.body).toEqual(expect.objectContaining({ resourceType: 'OperationOutcome' }));
    });
  });
});

describe('API key revocation on several instances (e2e)', () => {
  if (!process.env.TEST_DATABASE_URL) {
    it('needs PostgreSQL (TEST_DATABASE_URL) to share one database between instances', () => {
      expect(process.env.TEST_DATABASE_URL).toBeUndefined();
    });
    return;
  }

  const prefix = `test-keys-${process.pid}-${randomBytes(4).toString('hex')}`;
  let db: { url: string; drop(): Promise<void> };
  let a: TestApp;
  let b: TestApp;
  let admin: Session;

  beforeAll(async () => {
    db = await freshDatabase();
    // A long cache: without the revocation message, B would trust its remembered key for ten minutes.
    const env = { REDIS_URL, REDIS_PREFIX: prefix, ACTOR_CACHE_TTL_MS: '300000' };
    a = await startTestApp(env, db);
    b = await startTestApp(env, db);
    admin = await loginAdmin(a);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    await redis.quit();
  });

  it('a key revoked through one instance stops working on the other, which had it remembered', async () => {
    const key = await createKey(a, admin, ['doctors:read']);
    await request(b.url).get('/api/v1/doctors').set(withKey(key)).expect(200); // remembered by B
    await request(b.url).get('/api/v1/doctors').set(withKey(key)).expect(200);

    await request(a.url).delete(`/api/v1/api-keys/${key.id}`).set(admin.auth).expect(204);

    await request(a.url).get('/api/v1/doctors').set(withKey(key)).expect(401);
    // B hears of it through Redis pub/sub (the path that forgets a deactivated user): it waits for the message only.
    const status = await eventually(
      async () => (await request(b.url).get('/api/v1/doctors').set(withKey(key))).status,
      (code) => code === 401,
    );
    expect(status).toBe(401);
  });
});
