import request from 'supertest';
import { registerPatient } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

describe('Conventions (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health/live and /health/ready without a prefix or a token', async () => {
    await request(t.url).get('/health/live').expect(200, { status: 'ok' });
    await request(t.url).get('/health/ready').expect(200, { status: 'ok' });
  });

  it('puts an X-Request-Id on every response and takes a sane one from the request', async () => {
    const given = await request(t.url).get('/health/live').set('X-Request-Id', 'trace-123').expect(200);
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await request(t.url).get('/health/live').set('X-Request-Id', 'bad id with spaces').expect(200);
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const error = await request(t.url).get('/api/v1/auth/me').set('X-Request-Id', 'trace-401').expect(401);
    expect(error.headers['x-request-id']).toBe('trace-401');
    expect(error.body.requestId).toBe('trace-401');
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await request(t.url).get('/api/v1/nowhere').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', path: '/api/v1/nowhere' });
    expect(res.body.code).toEqual(expect.any(String));
    expect(res.body.timestamp).toEqual(expect.any(String));
  });

  it('answers a body over 100 KiB with 413 in the error shape', async () => {
    const res = await request(t.url)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(110 * 1024) }))
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED, never a 500', async () => {
    const res = await request(t.url)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|stack/i);
  });

  it('answers a missing token with 401 and the contract shape', async () => {
    const res = await request(t.url).get('/api/v1/users').expect(401);
    expect(Object.keys(res.body).sort()).toEqual(
      ['code', 'error', 'message', 'path', 'requestId', 'statusCode', 'timestamp'].sort(),
    );
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await request(t.url).get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/health/ready']));
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ui = await request(t.url).get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('documents the answers every operation can give by its shape: 404 with a path id, 413 and 415 with a body', async () => {
    const doc = await request(t.url).get('/docs-json').expect(200);
    const missing: string[] = [];
    type Operation = { parameters?: { in: string }[]; requestBody?: unknown; responses: Record<string, unknown> };
    for (const [path, item] of Object.entries(doc.body.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const expected = [
          ...(operation.parameters?.some((p) => p.in === 'path') ? ['404'] : []),
          ...(operation.requestBody ? ['413', '415'] : []),
          '500',
        ];
        missing.push(...expected.filter((s) => !operation.responses[s]).map((s) => `${method} ${path} ${s}`));
      }
    }
    expect(missing).toEqual([]);
  });

  it('never returns a password hash in any user answer', async () => {
    const patient = await registerPatient(t);
    const me = await request(t.url).get('/api/v1/auth/me').set(patient.auth).expect(200);
    expect(JSON.stringify(me.body)).not.toMatch(/\$2[aby]\$/);
  });
});
