import request from 'supertest';
import { registerPatient } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

const LISTED = 'https://app.clinic.example';
const UNLISTED = 'https://evil.example';

/** What a browser sends before a cross-origin request that is not "simple" (RFC: Fetch, CORS-preflight request). */
function preflight(t: TestApp, path: string, origin: string, method: string, headers: string) {
  return request(t.url)
    .options(path)
    .set('Origin', origin)
    .set('Access-Control-Request-Method', method)
    .set('Access-Control-Request-Headers', headers);
}

function corsHeadersOf(headers: Record<string, string>): string[] {
  return Object.keys(headers).filter((name) => name.startsWith('access-control-'));
}

describe('CORS for browsers on another origin (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Production mode with a list (the trailing slash is how people write it; browsers send no slash).
    t = await startTestApp({ NODE_ENV: 'production', CORS_ORIGINS: `${LISTED}/, https://admin.clinic.example` });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['PATCH', '/api/v1/appointments/00000000-0000-4000-8000-000000000000/status'],
    ['PUT', '/api/v1/doctors/00000000-0000-4000-8000-000000000000/schedule'],
    ['DELETE', '/api/v1/doctors/00000000-0000-4000-8000-000000000000/time-off/00000000-0000-4000-8000-000000000001'],
    ['POST', '/api/v1/appointments'],
    ['PATCH', '/api/v1/notifications/00000000-0000-4000-8000-000000000000/read'],
  ])(
    'lets a listed origin preflight %s %s with Authorization, Content-Type and Idempotency-Key',
    async (method, path) => {
      const res = await preflight(t, path, LISTED, method, 'authorization,content-type,idempotency-key').expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(LISTED);
      const methods = res.headers['access-control-allow-methods'].split(/\s*,\s*/);
      expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
      const allowed = res.headers['access-control-allow-headers'].toLowerCase().split(/\s*,\s*/);
      expect(allowed).toEqual(
        expect.arrayContaining(['authorization', 'content-type', 'idempotency-key', 'x-api-key']),
      );
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
    },
  );

  it('exposes X-Request-Id, Retry-After and Location on the real answer to a listed origin', async () => {
    const patient = await registerPatient(t);
    const res = await request(t.url).get('/api/v1/auth/me').set(patient.auth).set('Origin', LISTED).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(LISTED);
    const exposed = res.headers['access-control-expose-headers'].toLowerCase().split(/\s*,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'location']));
    expect(res.headers.vary).toMatch(/origin/i);
  });

  it('answers the same for every listed origin, each with its own Allow-Origin', async () => {
    const res = await preflight(t, '/api/v1/appointments', 'https://admin.clinic.example', 'POST', 'content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://admin.clinic.example');
  });

  it('gives an unlisted origin no CORS header at all, on the preflight and on the request', async () => {
    const pre = await preflight(t, '/api/v1/appointments', UNLISTED, 'PATCH', 'authorization,content-type');
    expect(corsHeadersOf(pre.headers)).toEqual([]);
    expect(pre.status).toBe(404);
    const res = await request(t.url).get('/health/live').set('Origin', UNLISTED).expect(200);
    expect(corsHeadersOf(res.headers)).toEqual([]);
  });

  it('gives no CORS header to a look-alike of a listed origin (another scheme, port or subdomain)', async () => {
    for (const origin of [
      'http://app.clinic.example',
      'https://app.clinic.example:8443',
      'https://x.app.clinic.example',
    ]) {
      const pre = await preflight(t, '/api/v1/appointments', origin, 'POST', 'content-type');
      expect(corsHeadersOf(pre.headers)).toEqual([]);
    }
  });

  describe('in development', () => {
    let dev: TestApp;

    beforeAll(async () => {
      dev = await startTestApp({ NODE_ENV: 'development' });
    });
    afterAll(async () => {
      await dev.close();
    });

    it('lets any origin preflight any method the API uses (a local web app on its own port)', async () => {
      const res = await preflight(
        dev,
        '/api/v1/appointments/x',
        'http://localhost:5173',
        'DELETE',
        'authorization',
      ).expect(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(res.headers['access-control-allow-methods']).toContain('DELETE');
    });
  });
});
