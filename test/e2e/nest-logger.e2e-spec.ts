import { Logger, UnauthorizedException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { AuthService } from '../../src/auth/auth.service';
import { createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';
import { DatabaseProbe } from '../../src/database/database.probe';
import { freshDatabase, testEnv } from '../support/test-app';

/** Every JSON line the app writes to its pino destination. */
class LogCapture implements DestinationStream {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  records(): Record<string, unknown>[] {
    return this.lines
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

const DEBUG = 20;
const INFO = 30;
const WARN = 40;

describe("Nest's logger on the app's pino instance (e2e)", () => {
  const capture = new LogCapture();
  let app: NestFastifyApplication;
  let url: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    app = await createApp(loadConfig(testEnv(db.url, { LOG_LEVEL: 'debug', LOG_REQUEST_CONTEXT: 'true' })), {
      logDestination: capture,
    });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await app?.close();
    await drop?.();
  });

  it("writes Nest's wiring (modules, routes, socket messages) at debug, and its start line at info", () => {
    const records = capture.records();
    const wiring = records.filter((r) =>
      ['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController'].includes(r.context as string),
    );
    expect(wiring.length).toBeGreaterThan(20);
    expect(wiring.filter((r) => r.level !== DEBUG)).toEqual([]);
    expect(records.some((r) => r.context === 'NestApplication' && r.level === INFO)).toBe(true);
    // No warning at start (Nest 11 warns about legacy `*` route wildcards in middleware routes).
    expect(records.filter((r) => (r.level as number) >= WARN)).toEqual([]);
    // One instance: Nest's lines carry the same base fields as Fastify's.
    expect(records.filter((r) => r.service !== 'clinic-booking')).toEqual([]);
  });

  it("gives a Nest Logger line written while handling a GET the request's reqId, and logs the request once", async () => {
    jest.spyOn(app.get(DatabaseProbe), 'ping').mockImplementationOnce(async () => {
      new Logger('HealthSpec').log({ probe: 'database' }, 'inside the GET handler');
    });
    const from = capture.lines.length;
    const res = await request(url).get('/health/ready').set('X-Request-Id', 'nest-logger-get-1').expect(200);
    expect(res.headers['x-request-id']).toBe('nest-logger-get-1');

    const lines = new LogCapture();
    capture.lines.slice(from).forEach((line) => lines.write(line));
    const records = lines.records();
    const inside = records.find((r) => r.msg === 'inside the GET handler');
    expect(inside).toMatchObject({ reqId: 'nest-logger-get-1', context: 'HealthSpec', probe: 'database', level: INFO });
    // Fastify's two request lines (incoming, completed) and the handler's own: no second request logger.
    expect(records.filter((r) => r.reqId === 'nest-logger-get-1').map((r) => r.msg)).toEqual([
      'incoming request',
      'inside the GET handler',
      'request completed',
    ]);
  });

  it('keeps the reqId after a JSON body was read (POST), and still redacts passwords', async () => {
    jest.spyOn(app.get(AuthService), 'login').mockImplementationOnce(async (dto) => {
      new Logger('AuthSpec').warn({ user: { email: dto.email, password: dto.password } }, 'inside the POST handler');
      throw new UnauthorizedException();
    });
    await request(url)
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'nest-logger-post-1')
      .send({ email: 'someone@example.com', password: 'logged-password-canary' })
      .expect(401);

    const inside = capture.records().find((r) => r.msg === 'inside the POST handler');
    expect(inside).toMatchObject({
      reqId: 'nest-logger-post-1',
      context: 'AuthSpec',
      level: WARN,
      user: { email: 'someone@example.com', password: '[redacted]' },
    });
    expect(capture.lines.join('')).not.toContain('logged-password-canary');
  });
});
