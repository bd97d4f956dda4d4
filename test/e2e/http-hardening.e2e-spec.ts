import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('HTTP hardening (e2e)', () => {
  describe('in production mode', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({
        NODE_ENV: 'production',
        CORS_ORIGINS: 'https://clinic.example',
        DOCS_ENABLED: 'false',
      });
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends the security headers, HSTS and no-store, and no X-Powered-By', async () => {
      const res = await request(t.url).get('/api/v1/auth/me').expect(401);
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        'x-frame-options': 'DENY',
        'strict-transport-security': expect.stringContaining('max-age='),
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it('allows CORS only for the configured origins', async () => {
      const allowed = await request(t.url)
        .options('/api/v1/auth/login')
        .set('Origin', 'https://clinic.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://clinic.example');
      const refused = await request(t.url)
        .options('/api/v1/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('can switch the API documentation off', async () => {
      await request(t.url).get('/docs-json').expect(404);
    });
  });

  describe('in development mode', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({ NODE_ENV: 'development' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends no HSTS outside production and reflects any origin', async () => {
      const res = await request(t.url).get('/health/live').set('Origin', 'http://localhost:5173').expect(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    });
  });
});
