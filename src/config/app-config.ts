import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FIELD_LIMITS } from '@app/contracts';

export type NodeEnv = 'development' | 'production' | 'test';

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  database: DatabaseConfig;
  dataDir: string;
  jwt: { secret: string; accessTtl: number; refreshTtl: number; issuer: string };
  bcryptRounds: number;
  admin: { email: string; password: string } | null;
  redisUrl: string | null;
  /** Prefix of the Redis keys and channels of Socket.IO and presence, so several deployments can share one Redis. */
  redisPrefix: string;
  /** `true` reflects any origin (development); otherwise the exact list. */
  corsOrigins: string[] | true;
  /** `bookingsPerMinute`: appointment changes (book, edit, status) per user per minute; 0 = off. */
  rateLimit: {
    addressMax: number;
    accountMax: number;
    windowSeconds: number;
    bookingsPerMinute: number;
    /** `RATE_LIMIT_API_KEY_PER_MINUTE`: requests per API key per minute (a fixed window); 0 = off. */
    apiKeyPerMinute: number;
  };
  /** `API_KEY_USAGE_FLUSH_MS`: how often the batched `lastUsedAt` of API keys is written. */
  apiKeyUsageFlushMs: number;
  docsEnabled: boolean;
  /**
   * `WEB_ROOT`: the built web app (`npm run build` writes `web/dist`), served at `/`; `null` when the folder has no
   * `index.html` (a checkout that was never built serves the API alone) or `WEB_ROOT` is empty.
   */
  webRoot: string | null;
  trustProxy: string | false;
  logLevel: string;
  /** `pretty`: colourised lines for a person at a terminal; `json`: one JSON object per line, for machines. */
  logFormat: 'json' | 'pretty';
  maxActiveBookingsPerPatient: number;
  /** `HOLD_TTL_SECONDS`: how long a hold keeps its interval. */
  holdTtlSeconds: number;
  /** How often expired holds are looked for, so their doctors' watchers hear `slots.changed`. */
  holdSweepMs: number;
  /** `WAITLIST_OFFER_MINUTES`: how long a waitlist offer (a hold for the entry's patient) lasts. */
  waitlistOfferMinutes: number;
  dbStatementTimeoutMs: number;
  /**
   * How long a verified caller (user row, role, profile ids) is remembered between requests; 0 = read it every time.
   * Deactivation and password changes forget it at once, on every instance (Redis) — see `ActorCache`.
   */
  actorCacheTtlMs: number;
  /** How often the event relay looks for events a stopped process left unpublished (see `EventRelay`). */
  outboxPollMs: number;
  /** Time-driven work (API.md "Time-driven work"); `null` turns a sweep off. */
  jobs: {
    /** False in tools that boot the app to write through it (the seed): they must not act on time themselves. */
    run: boolean;
    /** `JOBS_INTERVAL_MS`: how often due jobs and sweeps are looked for. */
    intervalMs: number;
    /** `REMINDER_LEAD_MINUTES`: minutes before the start; empty: no reminders. */
    reminderLeadMinutes: number[];
    /** `AUTO_NO_SHOW_MINUTES`: a confirmed appointment not started this long after its start becomes `no_show`. */
    autoNoShowMinutes: number | null;
    /** `AUTO_COMPLETE_MINUTES`: an in-progress one this long past its end becomes `completed`. */
    autoCompleteMinutes: number | null;
  };
  http: { headersTimeoutMs: number; requestTimeoutMs: number };
  /** Outgoing webhooks (API.md "Integrations"). */
  webhooks: {
    /** `WEBHOOK_TIMEOUT_MS`: an attempt that has no complete answer by then failed. */
    timeoutMs: number;
    /** `WEBHOOK_RETRY_SCHEDULE`: seconds before each retry (the first attempt, then one per entry); empty: none. */
    retrySchedule: number[];
    /** `WEBHOOK_ALLOW_PRIVATE`: endpoints may be private, loopback or link-local addresses (tests, on-site systems). */
    allowPrivate: boolean;
  };
}

/** A bad setting: the message is one line naming the variable. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** A sweep's minutes: unset → the default, empty → off (null), else 0..max. */
function minutesOrOff(env: Env, name: string, fallback: number, max: number): number | null {
  const raw = env[name];
  if (raw === undefined) {
    return fallback;
  }
  if (raw.trim() === '') {
    return null;
  }
  return integer(env, name, fallback, 0, max);
}

/** `REMINDER_LEAD_MINUTES`: a comma list of distinct whole minutes (1..43200); empty turns reminders off. */
function leadMinutes(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined) {
    return fallback;
  }
  if (raw.trim() === '') {
    return [];
  }
  const leads = raw.split(',').map((part) => part.trim());
  if (leads.some((lead) => !/^\d+$/.test(lead) || Number(lead) < 1 || Number(lead) > 43_200)) {
    throw new ConfigError(`${name} must be a comma list of whole minutes between 1 and 43200, got "${raw}"`);
  }
  const unique = [...new Set(leads.map(Number))];
  if (unique.length !== leads.length) {
    throw new ConfigError(`${name} names a lead twice: "${raw}"`);
  }
  return unique.sort((a, b) => b - a);
}

/** `WEBHOOK_RETRY_SCHEDULE`: a comma list of whole seconds (0..604800, at most 20 entries); empty: no retries. */
function retrySchedule(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (raw === undefined) {
    return fallback;
  }
  if (raw.trim() === '') {
    return [];
  }
  const delays = raw.split(',').map((part) => part.trim());
  if (delays.length > 20 || delays.some((delay) => !/^\d+$/.test(delay) || Number(delay) > 604_800)) {
    throw new ConfigError(
      `${name} must be a comma list of at most 20 whole seconds between 0 and 604800, got "${raw}"`,
    );
  }
  return delays.map(Number);
}

/**
 * The web app's folder: `WEB_ROOT` (default `web/dist`, from the working directory). The default quietly serves
 * nothing when it was never built; a folder named on purpose must hold the app.
 */
function webRootOf(env: Env): string | null {
  const raw = env.WEB_ROOT;
  if (raw !== undefined && raw.trim() === '') {
    return null;
  }
  const root = resolve(raw?.trim() ?? 'web/dist');
  if (existsSync(join(root, 'index.html'))) {
    return root;
  }
  if (raw !== undefined) {
    throw new ConfigError(`WEB_ROOT must be a folder holding the built web app (index.html), got "${raw}"`);
  }
  return null;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) {
    return true;
  }
  if (['false', '0', 'no'].includes(raw.toLowerCase())) {
    return false;
  }
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function parseDatabase(raw: string | undefined): DatabaseConfig {
  const url = raw && raw.trim() !== '' ? raw.trim() : 'pglite://./data/pglite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid postgres:// URL`);
    }
    return { kind: 'postgres', url };
  }
  if (url.startsWith('pglite://')) {
    const path = url.slice('pglite://'.length);
    if (path === '') {
      throw new ConfigError('DATABASE_URL pglite:// needs a folder or "memory"');
    }
    return { kind: 'pglite', dataDir: path === 'memory' ? null : resolve(path) };
  }
  throw new ConfigError('DATABASE_URL must start with postgres://, postgresql:// or pglite://');
}

/** Development only: a secret generated once and kept in the data folder so tokens survive a restart. */
function developmentSecret(dataDir: string, persistent: boolean): string {
  if (!persistent) {
    return randomBytes(48).toString('base64url');
  }
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * One entry of `CORS_ORIGINS` as browsers send it in `Origin`: scheme, host and port, no path
 * (`https://clinic.example/` is taken as `https://clinic.example`; `https://clinic.example/app` is refused).
 */
function corsOrigin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new ConfigError(`CORS_ORIGINS has an invalid origin "${entry}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new ConfigError(`CORS_ORIGINS has an invalid origin "${entry}" (scheme://host[:port] only)`);
  }
  return url.origin;
}

/** JSON in production and wherever stdout is not a terminal (a file, a pipe, a log shipper); pretty for a person. */
function logFormatOf(env: Env, production: boolean): AppConfig['logFormat'] {
  const raw = env.LOG_FORMAT?.trim();
  if (raw === undefined || raw === '') {
    return !production && process.stdout.isTTY === true ? 'pretty' : 'json';
  }
  if (raw !== 'json' && raw !== 'pretty') {
    throw new ConfigError(`LOG_FORMAT must be json or pretty, got "${raw}"`);
  }
  return raw;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const rawEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(rawEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${rawEnv}"`);
  }
  const nodeEnv = rawEnv as NodeEnv;
  const production = nodeEnv === 'production';
  const database = parseDatabase(env.DATABASE_URL);
  const dataDir = resolve(env.DATA_DIR ?? './data');

  let secret = env.JWT_SECRET;
  if (secret !== undefined && secret !== '' && secret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  if (!secret) {
    if (production) {
      throw new ConfigError('JWT_SECRET is required (at least 32 characters) when NODE_ENV=production');
    }
    secret = developmentSecret(dataDir, database.kind === 'postgres' || database.dataDir !== null);
  }

  const adminEmail = env.ADMIN_EMAIL?.trim();
  const adminPassword = env.ADMIN_PASSWORD;
  let admin: AppConfig['admin'] = null;
  if (adminEmail && adminPassword) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
      throw new ConfigError('ADMIN_EMAIL must be an email address');
    }
    const { min, maxBytes } = FIELD_LIMITS.password;
    if (adminPassword.length < min || Buffer.byteLength(adminPassword) > maxBytes) {
      throw new ConfigError(`ADMIN_PASSWORD must be ${min}..${maxBytes} characters`);
    }
    admin = { email: adminEmail.toLowerCase(), password: adminPassword };
  }

  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  }
  const redisPrefix = env.REDIS_PREFIX?.trim() || 'clinic';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(redisPrefix)) {
    throw new ConfigError('REDIS_PREFIX must be 1..64 letters, digits, or _ . : -');
  }

  const origins = env.CORS_ORIGINS?.trim();
  let corsOrigins: AppConfig['corsOrigins'];
  if (origins) {
    corsOrigins = origins.split(',').map((o) => corsOrigin(o.trim()));
  } else {
    corsOrigins = production ? [] : true;
  }

  const accessTtl = integer(env, 'JWT_ACCESS_TTL', 900, 30, 86_400);
  const refreshTtl = integer(env, 'JWT_REFRESH_TTL', 2_592_000, 60, 31_536_000);
  if (refreshTtl <= accessTtl) {
    throw new ConfigError('JWT_REFRESH_TTL must be longer than JWT_ACCESS_TTL');
  }

  const trustProxy = env.TRUST_PROXY?.trim();
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST?.trim() || '0.0.0.0',
    database,
    dataDir,
    jwt: { secret, accessTtl, refreshTtl, issuer: 'clinic-booking' },
    bcryptRounds: integer(env, 'BCRYPT_ROUNDS', 12, 4, 15),
    admin,
    redisUrl,
    redisPrefix,
    corsOrigins,
    rateLimit: {
      addressMax: integer(env, 'RATE_LIMIT_ADDRESS_MAX', 20, 0, 1_000_000),
      accountMax: 5,
      windowSeconds: 15 * 60,
      bookingsPerMinute: integer(env, 'RATE_LIMIT_BOOKINGS_PER_MINUTE', 30, 0, 1_000_000),
      apiKeyPerMinute: integer(env, 'RATE_LIMIT_API_KEY_PER_MINUTE', 600, 0, 1_000_000),
    },
    apiKeyUsageFlushMs: integer(env, 'API_KEY_USAGE_FLUSH_MS', 5_000, 50, 600_000),
    docsEnabled: bool(env, 'DOCS_ENABLED', true),
    webRoot: webRootOf(env),
    trustProxy: trustProxy ? trustProxy : false,
    logLevel: env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: logFormatOf(env, production),
    maxActiveBookingsPerPatient: integer(env, 'MAX_ACTIVE_BOOKINGS_PER_PATIENT', 5, 1, 1000),
    holdTtlSeconds: integer(env, 'HOLD_TTL_SECONDS', 300, 1, 86_400),
    holdSweepMs: integer(env, 'HOLD_SWEEP_MS', 1000, 50, 60_000),
    waitlistOfferMinutes: integer(env, 'WAITLIST_OFFER_MINUTES', 15, 1, 1440),
    dbStatementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    actorCacheTtlMs: integer(env, 'ACTOR_CACHE_TTL_MS', 10_000, 0, 300_000),
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000, 50, 60_000),
    jobs: {
      run: true,
      intervalMs: integer(env, 'JOBS_INTERVAL_MS', 15_000, 50, 3_600_000),
      reminderLeadMinutes: leadMinutes(env, 'REMINDER_LEAD_MINUTES', [1440, 60]),
      autoNoShowMinutes: minutesOrOff(env, 'AUTO_NO_SHOW_MINUTES', 30, 10_080),
      autoCompleteMinutes: minutesOrOff(env, 'AUTO_COMPLETE_MINUTES', 60, 10_080),
    },
    http: {
      headersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 500, 120_000),
      requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
    },
    webhooks: {
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 5000, 100, 60_000),
      retrySchedule: retrySchedule(env, 'WEBHOOK_RETRY_SCHEDULE', [5, 30, 120, 600, 3600, 21_600]),
      allowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
