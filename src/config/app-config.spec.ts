import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { DEFAULT_DB_POOL_SIZE, ENV_VARIABLES } from './env.schema';

const SECRET = 'x'.repeat(40);

describe('loadConfig', () => {
  it('applies the contract defaults', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      database: { kind: 'pglite', dataDir: expect.stringMatching(/data\/pglite$/) },
      bcryptRounds: 12,
      jwt: { accessTtl: 900, refreshTtl: 2_592_000 },
      admin: null,
      redisUrl: null,
      corsOrigins: true,
      rateLimit: { addressMax: 20, accountMax: 5, windowSeconds: 900 },
    });
  });

  it('generates a development secret once and keeps it in the data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const first = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://localhost/db' });
    const second = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://localhost/db' });
    expect(first.jwt.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwt.secret).toBe(first.jwt.secret);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(first.jwt.secret);
  });

  it('reads the database kinds', () => {
    expect(loadConfig({ DATABASE_URL: 'pglite://memory', JWT_SECRET: SECRET }).database).toEqual({
      kind: 'pglite',
      dataDir: null,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', JWT_SECRET: SECRET }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
  });

  it.each([
    [{ NODE_ENV: 'production', JWT_SECRET: '' }, /JWT_SECRET/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ BCRYPT_ROUNDS: '3' }, /BCRYPT_ROUNDS/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
    [{ CORS_ORIGINS: 'not a url' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'https://clinic.example/app' }, /CORS_ORIGINS/],
    [{ CORS_ORIGINS: 'ftp://clinic.example' }, /CORS_ORIGINS/],
    [{ RATE_LIMIT_ADDRESS_MAX: '-1' }, /RATE_LIMIT_ADDRESS_MAX/],
    [{ JWT_ACCESS_TTL: '1000', JWT_REFRESH_TTL: '900' }, /JWT_REFRESH_TTL/],
    [{ ADMIN_EMAIL: 'nope', ADMIN_PASSWORD: 'long-enough' }, /ADMIN_EMAIL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ DOCS_ENABLED: 'perhaps' }, /DOCS_ENABLED/],
    [{ LOG_FORMAT: 'colour' }, /LOG_FORMAT/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got "verbose"/],
    [{ LOG_REQUEST_CONTEXT: 'maybe' }, /LOG_REQUEST_CONTEXT/],
    [{ DB_POOL_SIZE: '0' }, /DB_POOL_SIZE/],
    [{ DB_POOL_SIZE: 'ten' }, /DB_POOL_SIZE/],
  ])('refuses %j with one line naming the variable', (env, variable) => {
    const load = () => loadConfig({ JWT_SECRET: SECRET, DATABASE_URL: 'pglite://memory', ...env });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(variable);
    try {
      load();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('requires no secret file in production when JWT_SECRET is given, and closes CORS by default', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, DATABASE_URL: 'postgres://h/db' });
    expect(config.corsOrigins).toEqual([]);
    expect(config.jwt.secret).toBe(SECRET);
  });

  it('takes CORS_ORIGINS as the origins browsers send (no trailing slash, default ports dropped)', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      DATABASE_URL: 'pglite://memory',
      CORS_ORIGINS: 'https://clinic.example/, http://localhost:5173,https://Admin.Clinic.example:443',
    });
    expect(config.corsOrigins).toEqual([
      'https://clinic.example',
      'http://localhost:5173',
      'https://admin.clinic.example',
    ]);
  });

  it('logs JSON in production and to anything but a terminal, pretty lines when asked', () => {
    const base = { JWT_SECRET: SECRET, DATABASE_URL: 'pglite://memory' };
    expect(loadConfig({ ...base, NODE_ENV: 'production', LOG_FORMAT: '' }).logFormat).toBe('json');
    expect(loadConfig({ ...base, LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ ...base, NODE_ENV: 'production', LOG_FORMAT: 'json' }).logFormat).toBe('json');
    const tty = process.stdout.isTTY;
    try {
      process.stdout.isTTY = true;
      expect(loadConfig({ ...base, NODE_ENV: 'development' }).logFormat).toBe('pretty');
      expect(loadConfig({ ...base, NODE_ENV: 'production' }).logFormat).toBe('json');
      process.stdout.isTTY = false;
      expect(loadConfig({ ...base, NODE_ENV: 'development' }).logFormat).toBe('json');
    } finally {
      process.stdout.isTTY = tty;
    }
  });

  it('keeps DB_POOL_SIZE connections to PostgreSQL, DEFAULT_DB_POOL_SIZE when unset or blank', () => {
    const base = { JWT_SECRET: SECRET, DATABASE_URL: 'postgres://h/db' };
    expect(loadConfig(base).dbPoolSize).toBe(DEFAULT_DB_POOL_SIZE);
    expect(loadConfig({ ...base, DB_POOL_SIZE: '' }).dbPoolSize).toBe(DEFAULT_DB_POOL_SIZE);
    expect(loadConfig({ ...base, DB_POOL_SIZE: '8' }).dbPoolSize).toBe(8);
  });

  it('creates the admin only when both ADMIN_EMAIL and ADMIN_PASSWORD are set', () => {
    const base = { JWT_SECRET: SECRET, DATABASE_URL: 'pglite://memory' };
    expect(loadConfig({ ...base, ADMIN_EMAIL: 'Admin@Clinic.test' }).admin).toBeNull();
    expect(loadConfig({ ...base, ADMIN_EMAIL: 'Admin@Clinic.test', ADMIN_PASSWORD: 'secret-pass' }).admin).toEqual({
      email: 'admin@clinic.test',
      password: 'secret-pass',
    });
  });

  it('reads the time-driven settings: defaults, empty turns a sweep or the reminders off, 0 means at once', () => {
    const base = { DATABASE_URL: 'pglite://memory', JWT_SECRET: SECRET };
    expect(loadConfig(base).jobs).toEqual({
      run: true,
      intervalMs: 15_000,
      reminderLeadMinutes: [1440, 60],
      autoNoShowMinutes: 30,
      autoCompleteMinutes: 60,
    });
    expect(
      loadConfig({
        ...base,
        JOBS_INTERVAL_MS: '200',
        REMINDER_LEAD_MINUTES: '',
        AUTO_NO_SHOW_MINUTES: '0',
        AUTO_COMPLETE_MINUTES: '',
      }).jobs,
    ).toEqual({ run: true, intervalMs: 200, reminderLeadMinutes: [], autoNoShowMinutes: 0, autoCompleteMinutes: null });
    expect(loadConfig({ ...base, REMINDER_LEAD_MINUTES: '15, 120' }).jobs.reminderLeadMinutes).toEqual([120, 15]);
    expect(() => loadConfig({ ...base, REMINDER_LEAD_MINUTES: '60,x' })).toThrow(/^REMINDER_LEAD_MINUTES/);
    expect(() => loadConfig({ ...base, REMINDER_LEAD_MINUTES: '60,60' })).toThrow(/^REMINDER_LEAD_MINUTES/);
    expect(() => loadConfig({ ...base, JOBS_INTERVAL_MS: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, AUTO_NO_SHOW_MINUTES: '-1' })).toThrow(/^AUTO_NO_SHOW_MINUTES/);
  });

  it('reads the webhook settings: the contract defaults, a schedule of seconds, one clear error naming the variable', () => {
    const base = { DATABASE_URL: 'pglite://memory', JWT_SECRET: SECRET };
    expect(loadConfig(base).webhooks).toEqual({
      timeoutMs: 5000,
      retrySchedule: [5, 30, 120, 600, 3600, 21_600],
      allowPrivate: false,
    });
    expect(
      loadConfig({
        ...base,
        WEBHOOK_TIMEOUT_MS: '250',
        WEBHOOK_RETRY_SCHEDULE: '1, 1,2',
        WEBHOOK_ALLOW_PRIVATE: 'true',
      }).webhooks,
    ).toEqual({ timeoutMs: 250, retrySchedule: [1, 1, 2], allowPrivate: true });
    expect(loadConfig({ ...base, WEBHOOK_RETRY_SCHEDULE: '' }).webhooks.retrySchedule).toEqual([]);
    expect(() => loadConfig({ ...base, WEBHOOK_RETRY_SCHEDULE: '5,soon' })).toThrow(/^WEBHOOK_RETRY_SCHEDULE/);
    expect(() => loadConfig({ ...base, WEBHOOK_RETRY_SCHEDULE: '5,-1' })).toThrow(/^WEBHOOK_RETRY_SCHEDULE/);
    expect(() => loadConfig({ ...base, WEBHOOK_TIMEOUT_MS: '5s' })).toThrow(/^WEBHOOK_TIMEOUT_MS/);
    expect(() => loadConfig({ ...base, WEBHOOK_ALLOW_PRIVATE: 'maybe' })).toThrow(/^WEBHOOK_ALLOW_PRIVATE/);
  });

  it('names every bad variable at once, on one line, and ignores variables it does not know', () => {
    const load = () =>
      loadConfig({
        JWT_SECRET: SECRET,
        DATABASE_URL: 'pglite://memory',
        PORT: 'x',
        HOLD_TTL_SECONDS: '0',
        EDITOR: 'vi',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /^PORT must be a whole number between 0 and 65535, got "x"; HOLD_TTL_SECONDS must be between 1/,
    );
  });

  it('is documented: the README settings table lists exactly the variables of the schema', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'));
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable')));
    const documented = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((row) =>
      [...row[1].matchAll(/`([A-Z0-9_]+)`/g)].map((name) => name[1]),
    );
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort());
  });
});
