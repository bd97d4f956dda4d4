import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig, ConfigError } from '../../src/config/app-config';
import { startTestApp, testEnv, type TestApp } from '../support/test-app';

const INDEX = '<!doctype html><html lang="en"><title>Clinic</title><div id="root"></div></html>';

describe('The web app served at / (e2e)', () => {
  let t: TestApp;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'clinic-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
    t = await startTestApp({ WEB_ROOT: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("serves index.html at / with the app's CSP, revalidated on every visit", async () => {
    const res = await request(t.url).get('/').expect(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves the hashed assets with a long cache', async () => {
    const res = await request(t.url).get('/assets/index-abc123.js').expect(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it("falls back to index.html for the app's own routes, a reload or a shared link", async () => {
    for (const path of ['/appointments', '/doctors/6b0f9c3e-8a4e-4f57-9d2c-0a4c1a7f0d11', '/today?x=1']) {
      const res = await request(t.url).get(path).expect(200);
      expect(res.text).toBe(INDEX);
    }
  });

  it('keeps the API, the probes and missing files out of the fallback: 404 in the error shape, strict CSP', async () => {
    for (const path of ['/api/v1/nothing-here', '/api', '/assets/missing.js', '/favicon.ico']) {
      const res = await request(t.url).get(path).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404 });
    }
    // Socket.IO's own path stays Engine.IO's (it answers 400 to a request without its query), never the page.
    const socket = await request(t.url).get('/socket.io/');
    expect(socket.text).not.toBe(INDEX);
    const api = await request(t.url).get('/api/v1/auth/me').expect(401);
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['cache-control']).toBe('no-store');
    await request(t.url).get('/health/live').expect(200);
  });

  it('starts without the web app when it was never built, and refuses a WEB_ROOT that holds none', async () => {
    expect(loadConfig(testEnv('pglite://memory', { WEB_ROOT: '' })).webRoot).toBeNull();
    const empty = mkdtempSync(join(tmpdir(), 'clinic-web-empty-'));
    try {
      expect(() => loadConfig(testEnv('pglite://memory', { WEB_ROOT: empty }))).toThrow(ConfigError);
      expect(() => loadConfig(testEnv('pglite://memory', { WEB_ROOT: empty }))).toThrow(/WEB_ROOT/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
