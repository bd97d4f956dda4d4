import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, PROCESS_TEST_TIMEOUT_MS, spawnApp, waitUntilReady } from '../support/process';

/** The service as a process: configuration errors, persistence of the embedded database, graceful shutdown. */
describe('The service process (e2e)', () => {
  it('refuses to start on bad configuration with one line naming the variable', async () => {
    const app = spawnApp({ PORT: 'eighty', NODE_ENV: 'development', DATABASE_URL: 'pglite://memory' });
    expect(await app.exited).toBe(1);
    expect(app.output().trim()).toBe(
      'Configuration error: PORT must be a whole number between 0 and 65535, got "eighty"',
    );
  });

  it(
    'says where the API, the docs and the socket live: a banner for a person, a JSON line for machines',
    async () => {
      const env = {
        NODE_ENV: 'development',
        DATABASE_URL: 'pglite://memory',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'clinic-')),
        HOST: '127.0.0.1',
      };
      const pretty = spawnApp({ ...env, LOG_FORMAT: 'pretty', PORT: String(await freePort()) });
      await waitUntilReady(pretty);
      await fetch(`${pretty.url}/api/v1/nowhere`);
      pretty.child.kill('SIGTERM');
      expect(await pretty.exited).toBe(0);
      const banner = pretty.output();
      for (const path of ['/api/v1', '/docs', '/docs-json', '/docs/asyncapi.json', '/notifications']) {
        expect(banner).toContain(`${pretty.url}${path}`);
      }
      // Readable lines, not JSON objects (a request log line included).
      expect(banner).not.toMatch(/^\{"level"/m);
      expect(banner).toMatch(/INFO.*shutting down/);

      // stdout is a pipe here, so the default is JSON: one object per line, the URLs as fields.
      const json = spawnApp({ ...env, PORT: String(await freePort()) });
      await waitUntilReady(json);
      json.child.kill('SIGTERM');
      expect(await json.exited).toBe(0);
      const lines = json
        .output()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as { msg: string; urls?: Record<string, unknown> });
      const listening = lines.find((line) => line.msg === 'clinic booking is listening');
      expect(listening?.urls).toMatchObject({
        api: `${json.url}/api/v1`,
        socket: `${json.url}/notifications`,
        docs: { asyncApi: `${json.url}/docs/asyncapi.json` },
      });
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'keeps data and tokens on the embedded database across a restart, and exits 0 on SIGTERM',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'clinic-'));
      const env = {
        NODE_ENV: 'development',
        DATABASE_URL: `pglite://${join(dir, 'pglite')}`,
        DATA_DIR: dir,
        BCRYPT_ROUNDS: '4',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
      };
      const first = spawnApp({ ...env, PORT: String(await freePort()) });
      await waitUntilReady(first);
      const registered = await fetch(`${first.url}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'keep@example.test',
          password: 'keep-password',
          fullName: 'Keep',
          role: 'patient',
        }),
      });
      expect(registered.status).toBe(201);
      const { accessToken } = (await registered.json()) as { accessToken: string };
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = spawnApp({ ...env, PORT: String(await freePort()) });
      await waitUntilReady(second);
      const me = await fetch(`${second.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe('keep@example.test');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  it(
    'lets a request in flight finish on SIGTERM, then refuses new work and exits 0',
    async () => {
      const app = spawnApp({
        NODE_ENV: 'development',
        DATABASE_URL: 'pglite://memory',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'clinic-')),
        // A costly hash makes registration slow enough to be in flight when the signal lands.
        BCRYPT_ROUNDS: '13',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
      });
      await waitUntilReady(app);
      const inFlight = fetch(`${app.url}/api/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'slow@example.test',
          password: 'slow-password',
          fullName: 'Slow',
          role: 'patient',
        }),
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      app.child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.status).toBe(201);
      expect(await app.exited).toBe(0);
      await expect(fetch(`${app.url}/health/live`)).rejects.toThrow();
    },
    PROCESS_TEST_TIMEOUT_MS,
  );

  // In a real process: Jest's sandbox keeps Node's connection-checking timer from firing reliably.
  it(
    'cuts off a client that never finishes its headers',
    async () => {
      const app = spawnApp({
        NODE_ENV: 'development',
        DATABASE_URL: 'pglite://memory',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'clinic-')),
        HTTP_HEADERS_TIMEOUT_MS: '1000',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(await freePort()),
      });
      await waitUntilReady(app);
      const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('error', () => undefined);
      socket.write('GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      const closed = await new Promise<boolean>((resolve) => {
        const cap = setTimeout(() => resolve(false), 15_000);
        socket.on('close', () => {
          clearTimeout(cap);
          resolve(true);
        });
      });
      socket.destroy();
      app.child.kill('SIGTERM');
      expect(await app.exited).toBe(0);
      expect(closed).toBe(true);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
