import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DatabaseConfig, ENV_SCHEMA, type LogLevel, type ValidatedEnv } from './env.schema';

export type { DatabaseConfig } from './env.schema';

export type NodeEnv = 'development' | 'production' | 'test';

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
  logLevel: LogLevel;
  /** `pretty`: colourised lines for a person at a terminal; `json`: one JSON object per line, for machines. */
  logFormat: 'json' | 'pretty';
  /**
   * `LOG_REQUEST_CONTEXT`: every line written while a request is handled (services' `Logger` included) carries its
   * `reqId`. Off by default: on Node 20 the AsyncLocalStorage behind it costs the authed read about a tenth of its
   * throughput (`npm run bench -- --only http`). The request's own lines carry it either way, and its error line as
   * `requestId`.
   */
  logRequestContext: boolean;
  maxActiveBookingsPerPatient: number;
  /** `HOLD_TTL_SECONDS`: how long a hold keeps its interval. */
  holdTtlSeconds: number;
  /** How often expired holds are looked for, so their doctors' watchers hear `slots.changed`. */
  holdSweepMs: number;
  /** `WAITLIST_OFFER_MINUTES`: how long a waitlist offer (a hold for the entry's patient) lasts. */
  waitlistOfferMinutes: number;
  dbStatementTimeoutMs: number;
  /**
   * `DB_POOL_SIZE`: connections this instance keeps to PostgreSQL (the embedded database always has one). Every
   * instance keeps its own, so instances × this must stay below the server's `max_connections`.
   */
  dbPoolSize: number;
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

/** A bad setting: the message is one line naming the variable (every bad variable, `; ` between them). */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** The environment checked against `ENV_SCHEMA`, or a `ConfigError` naming each bad variable. */
export function validateEnv(env: Env): ValidatedEnv {
  const result = ENV_SCHEMA.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [variable, entry] = issue.path;
      const place = typeof entry === 'number' ? ` (entry ${entry + 1})` : '';
      return `${String(variable)}${place} ${issue.message}`;
    });
    throw new ConfigError(problems.join('; ').replace(/\n/g, ' '));
  }
  return result.data;
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

/** The service's settings from a validated environment (the defaults that depend on other settings are here). */
export function appConfigFrom(env: ValidatedEnv): AppConfig {
  const production = env.NODE_ENV === 'production';
  const database = env.DATABASE_URL;
  const persistent = database.kind === 'postgres' || database.dataDir !== null;
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    database,
    dataDir: env.DATA_DIR,
    jwt: {
      secret: env.JWT_SECRET ?? developmentSecret(env.DATA_DIR, persistent),
      accessTtl: env.JWT_ACCESS_TTL,
      refreshTtl: env.JWT_REFRESH_TTL,
      issuer: 'clinic-booking',
    },
    bcryptRounds: env.BCRYPT_ROUNDS,
    admin:
      env.ADMIN_EMAIL && env.ADMIN_PASSWORD
        ? { email: env.ADMIN_EMAIL.toLowerCase(), password: env.ADMIN_PASSWORD }
        : null,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    corsOrigins: env.CORS_ORIGINS ?? (production ? [] : true),
    rateLimit: {
      addressMax: env.RATE_LIMIT_ADDRESS_MAX,
      accountMax: 5,
      windowSeconds: 15 * 60,
      bookingsPerMinute: env.RATE_LIMIT_BOOKINGS_PER_MINUTE,
      apiKeyPerMinute: env.RATE_LIMIT_API_KEY_PER_MINUTE,
    },
    apiKeyUsageFlushMs: env.API_KEY_USAGE_FLUSH_MS,
    docsEnabled: env.DOCS_ENABLED,
    webRoot: env.WEB_ROOT,
    trustProxy: env.TRUST_PROXY ?? false,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    // JSON in production and wherever stdout is not a terminal (a file, a pipe, a log shipper); pretty for a person.
    logFormat: env.LOG_FORMAT ?? (!production && process.stdout.isTTY === true ? 'pretty' : 'json'),
    logRequestContext: env.LOG_REQUEST_CONTEXT,
    maxActiveBookingsPerPatient: env.MAX_ACTIVE_BOOKINGS_PER_PATIENT,
    holdTtlSeconds: env.HOLD_TTL_SECONDS,
    holdSweepMs: env.HOLD_SWEEP_MS,
    waitlistOfferMinutes: env.WAITLIST_OFFER_MINUTES,
    dbStatementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    dbPoolSize: env.DB_POOL_SIZE,
    actorCacheTtlMs: env.ACTOR_CACHE_TTL_MS,
    outboxPollMs: env.OUTBOX_POLL_MS,
    jobs: {
      run: true,
      intervalMs: env.JOBS_INTERVAL_MS,
      reminderLeadMinutes: env.REMINDER_LEAD_MINUTES,
      autoNoShowMinutes: env.AUTO_NO_SHOW_MINUTES,
      autoCompleteMinutes: env.AUTO_COMPLETE_MINUTES,
    },
    http: { headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS, requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS },
    webhooks: {
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retrySchedule: env.WEBHOOK_RETRY_SCHEDULE,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
    },
  };
}

/** Validates the environment (`ENV_SCHEMA`) and builds the settings; a bad variable is a `ConfigError`. */
export function loadConfig(env: Env = process.env): AppConfig {
  return appConfigFrom(validateEnv(env));
}

export const APP_CONFIG = Symbol('APP_CONFIG');
