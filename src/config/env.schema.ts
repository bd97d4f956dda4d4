import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIELD_LIMITS } from '@app/contracts';
import { z } from 'zod';

/**
 * Every environment variable the service reads, declared once with its default and range (zod). Values arrive as
 * strings or not at all; zod's own checks (digits, ranges, enums, patterns) read them, with messages the loader
 * prefixes with the variable's name (and a list entry's place). Only what zod cannot know is a transform of ours:
 * the database URL's kinds, a browser origin, the web app's folder. Rules between variables are the `superRefine`.
 */

/** Blank is unset: `.default()` or `.optional()` then applies (a variable set to nothing is not a value). */
const blankAsUnset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Unset or blank → `fallback`. */
function unsetOr<T extends z.ZodType>(schema: T, fallback: z.output<T>) {
  return z.preprocess(blankAsUnset, schema.default(fallback as never));
}

/** Unset or blank → `null`; otherwise what `schema` makes of it. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankAsUnset, schema.optional()).transform((value) => value ?? null);
}

/** Records a refusal from inside a transform (the values zod cannot check on its own: URLs, folders). */
function refuse(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** A whole number in [min, max] (digits only, surrounding spaces ignored). */
function wholeNumber(min: number, max: number) {
  const range = {
    error: (issue: { input?: unknown }) => `must be between ${min} and ${max}, got ${String(issue.input)}`,
  };
  return z
    .string()
    .trim()
    .regex(/^\d+$/, {
      error: (issue) => `must be a whole number between ${min} and ${max}, got "${String(issue.input)}"`,
    })
    .transform(Number)
    .pipe(z.number().min(min, range).max(max, range));
}

/** A sweep's minutes: unset → the default, blank → off (`null`), else 0..max. */
function minutesOrOff(fallback: number, max: number) {
  const blankIsOff = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
  return z.preprocess(blankIsOff, wholeNumber(0, max).nullable().default(fallback));
}

/**
 * Connections one instance keeps to PostgreSQL when `DB_POOL_SIZE` is unset. See the README's "Several instances" for
 * what a smaller pool did on a small database host.
 */
export const DEFAULT_DB_POOL_SIZE = 20;

/** The levels `LOG_LEVEL` takes: pino's, and `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One of `values` (trimmed), refused as `must be a, b or c, got "x"`. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const listed = values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
  return z
    .string()
    .trim()
    .pipe(z.enum(values, { error: (issue) => `must be ${listed}, got "${String(issue.input)}"` }));
}

/** true/1/yes or false/0/no (any case); unset or blank → the default. */
function flag(fallback: boolean) {
  const words = z.enum(['true', '1', 'yes', 'false', '0', 'no'], {
    error: (issue) => `must be true or false, got "${String(issue.input)}"`,
  });
  return unsetOr(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(words)
      .transform((word) => word === 'true' || word === '1' || word === 'yes'),
    fallback,
  );
}

/** A comma list of whole numbers in [min, max]; blank → none (a bad entry is named by its place). */
function wholeNumberList(min: number, max: number) {
  return z
    .string()
    .transform((raw) => (raw.trim() === '' ? [] : raw.split(',')))
    .pipe(z.array(wholeNumber(min, max)));
}

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

const database = unsetOr(z.string().trim(), 'pglite://./data/pglite').transform((url, ctx): DatabaseConfig => {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return URL.canParse(url) ? { kind: 'postgres', url } : refuse(ctx, 'is not a valid postgres:// URL');
  }
  if (url.startsWith('pglite://')) {
    const path = url.slice('pglite://'.length);
    if (path === '') {
      return refuse(ctx, 'pglite:// needs a folder or "memory"');
    }
    return { kind: 'pglite', dataDir: path === 'memory' ? null : resolve(path) };
  }
  return refuse(ctx, 'must start with postgres://, postgresql:// or pglite://');
});

/**
 * One entry of `CORS_ORIGINS` as browsers send it in `Origin`: scheme, host and port, no path
 * (`https://clinic.example/` is taken as `https://clinic.example`; `https://clinic.example/app` is refused).
 */
const corsOrigin = z
  .string()
  .trim()
  .transform((entry, ctx) => {
    if (!URL.canParse(entry)) {
      return refuse(ctx, `has an invalid origin "${entry}"`);
    }
    const url = new URL(entry);
    if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      return refuse(ctx, `has an invalid origin "${entry}" (scheme://host[:port] only)`);
    }
    return url.origin;
  });

/**
 * The web app's folder: `WEB_ROOT` (default `web/dist`, from the working directory). The default quietly serves
 * nothing when it was never built; a folder named on purpose must hold the app; blank turns it off.
 */
const webRoot = z
  .string()
  .optional()
  .transform((raw, ctx): string | null => {
    if (raw !== undefined && raw.trim() === '') {
      return null;
    }
    const root = resolve(raw?.trim() ?? 'web/dist');
    if (existsSync(join(root, 'index.html'))) {
      return root;
    }
    return raw === undefined
      ? null
      : refuse(ctx, `must be a folder holding the built web app (index.html), got "${raw}"`);
  });

export const ENV_SCHEMA = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], {
        error: (issue) => `must be development, production or test, got "${String(issue.input)}"`,
      })
      .default('development'),
    PORT: unsetOr(wholeNumber(0, 65_535), 3000),
    HOST: unsetOr(z.string().trim(), '0.0.0.0'),
    DATABASE_URL: database,
    DATA_DIR: z
      .string()
      .default('./data')
      .transform((path) => resolve(path)),
    JWT_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
    JWT_ACCESS_TTL: unsetOr(wholeNumber(30, 86_400), 900),
    JWT_REFRESH_TTL: unsetOr(wholeNumber(60, 31_536_000), 2_592_000),
    BCRYPT_ROUNDS: unsetOr(wholeNumber(4, 15), 12),
    ADMIN_EMAIL: optional(z.string().trim()),
    ADMIN_PASSWORD: z.string().optional(),
    REDIS_URL: optional(
      z
        .string()
        .trim()
        .regex(/^rediss?:\/\//, { error: 'must start with redis:// or rediss://' }),
    ),
    REDIS_PREFIX: unsetOr(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_.:-]{1,64}$/, { error: 'must be 1..64 letters, digits, or _ . : -' }),
      'clinic',
    ),
    /** `null`: not set (the default depends on NODE_ENV); otherwise the exact list. */
    CORS_ORIGINS: optional(
      z
        .string()
        .transform((listed) => listed.split(','))
        .pipe(z.array(corsOrigin)),
    ),
    RATE_LIMIT_ADDRESS_MAX: unsetOr(wholeNumber(0, 1_000_000), 20),
    RATE_LIMIT_BOOKINGS_PER_MINUTE: unsetOr(wholeNumber(0, 1_000_000), 30),
    RATE_LIMIT_API_KEY_PER_MINUTE: unsetOr(wholeNumber(0, 1_000_000), 600),
    API_KEY_USAGE_FLUSH_MS: unsetOr(wholeNumber(50, 600_000), 5_000),
    DOCS_ENABLED: flag(true),
    WEB_ROOT: webRoot,
    TRUST_PROXY: optional(z.string().trim()),
    LOG_LEVEL: optional(oneOf(LOG_LEVELS)),
    LOG_FORMAT: optional(oneOf(['json', 'pretty'])),
    LOG_REQUEST_CONTEXT: flag(false),
    MAX_ACTIVE_BOOKINGS_PER_PATIENT: unsetOr(wholeNumber(1, 1000), 5),
    HOLD_TTL_SECONDS: unsetOr(wholeNumber(1, 86_400), 300),
    HOLD_SWEEP_MS: unsetOr(wholeNumber(50, 60_000), 1000),
    WAITLIST_OFFER_MINUTES: unsetOr(wholeNumber(1, 1440), 15),
    DB_STATEMENT_TIMEOUT_MS: unsetOr(wholeNumber(100, 600_000), 10_000),
    DB_POOL_SIZE: unsetOr(wholeNumber(1, 1000), DEFAULT_DB_POOL_SIZE),
    ACTOR_CACHE_TTL_MS: unsetOr(wholeNumber(0, 300_000), 10_000),
    OUTBOX_POLL_MS: unsetOr(wholeNumber(50, 60_000), 1000),
    JOBS_INTERVAL_MS: unsetOr(wholeNumber(50, 3_600_000), 15_000),
    REMINDER_LEAD_MINUTES: wholeNumberList(1, 43_200)
      .refine((leads) => new Set(leads).size === leads.length, { error: 'names a lead twice' })
      .transform((leads) => [...leads].sort((a, b) => b - a))
      .default([1440, 60]),
    AUTO_NO_SHOW_MINUTES: minutesOrOff(30, 10_080),
    AUTO_COMPLETE_MINUTES: minutesOrOff(60, 10_080),
    HTTP_HEADERS_TIMEOUT_MS: unsetOr(wholeNumber(500, 120_000), 10_000),
    HTTP_REQUEST_TIMEOUT_MS: unsetOr(wholeNumber(1_000, 600_000), 30_000),
    WEBHOOK_TIMEOUT_MS: unsetOr(wholeNumber(100, 60_000), 5000),
    WEBHOOK_RETRY_SCHEDULE: wholeNumberList(0, 604_800)
      .refine((delays) => delays.length <= 20, { error: 'must list at most 20 delays' })
      .default([5, 30, 120, 600, 3600, 21_600]),
    WEBHOOK_ALLOW_PRIVATE: flag(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required (at least 32 characters) when NODE_ENV=production',
      });
    }
    if (env.JWT_REFRESH_TTL <= env.JWT_ACCESS_TTL) {
      ctx.addIssue({ code: 'custom', path: ['JWT_REFRESH_TTL'], message: 'must be longer than JWT_ACCESS_TTL' });
    }
    if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(env.ADMIN_EMAIL)) {
        ctx.addIssue({ code: 'custom', path: ['ADMIN_EMAIL'], message: 'must be an email address' });
      }
      const { min, maxBytes } = FIELD_LIMITS.password;
      if (env.ADMIN_PASSWORD.length < min || Buffer.byteLength(env.ADMIN_PASSWORD) > maxBytes) {
        ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: `must be ${min}..${maxBytes} characters` });
      }
    }
  });

/** The environment once validated: every variable typed, defaults applied. */
export type ValidatedEnv = z.output<typeof ENV_SCHEMA>;

/** The variables the schema knows (the README's table lists the same). */
export const ENV_VARIABLES = Object.keys(ENV_SCHEMA.shape) as (keyof ValidatedEnv)[];
