import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIELD_LIMITS } from '@app/contracts';
import { z } from 'zod';

/**
 * Every environment variable the service reads, declared once with its default, range and meaning (zod). Values
 * arrive as strings or not at all; each field turns its string into the typed value, or reports one line that the
 * loader prefixes with the variable's name. Rules between variables are the schema's `superRefine` at the end.
 */

type Raw = string | undefined;

/** A refused value's message; the loader writes it as `NAME <message>`. */
class Refusal {
  constructor(readonly message: string) {}
}

/** A variable read by `read`, which returns the typed value or a `Refusal`. */
function parsed<T>(read: (raw: Raw) => T | Refusal) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const value = read(raw);
      if (value instanceof Refusal) {
        ctx.addIssue({ code: 'custom', message: value.message });
        return z.NEVER;
      }
      return value;
    });
}

/** A whole number in [min, max]; unset or empty → the default. */
export function wholeNumber(fallback: number, min: number, max: number) {
  return parsed((raw) => {
    if (raw === undefined || raw === '') {
      return fallback;
    }
    if (!/^\d+$/.test(raw.trim())) {
      return new Refusal(`must be a whole number between ${min} and ${max}, got "${raw}"`);
    }
    const value = Number(raw);
    return value < min || value > max ? new Refusal(`must be between ${min} and ${max}, got ${value}`) : value;
  });
}

/** A sweep's minutes: unset → the default, empty → off (null), else 0..max. */
function minutesOrOff(fallback: number, max: number) {
  const minutes = wholeNumber(fallback, 0, max);
  return parsed((raw): number | null | Refusal => {
    if (raw === undefined) {
      return fallback;
    }
    if (raw.trim() === '') {
      return null;
    }
    const result = minutes.safeParse(raw);
    return result.success ? result.data : new Refusal(result.error.issues[0].message);
  });
}

/** true/1/yes or false/0/no (any case); unset or empty → the default. */
function flag(fallback: boolean) {
  return parsed((raw) => {
    if (raw === undefined || raw === '') {
      return fallback;
    }
    const value = raw.toLowerCase();
    if (['true', '1', 'yes'].includes(value)) {
      return true;
    }
    if (['false', '0', 'no'].includes(value)) {
      return false;
    }
    return new Refusal(`must be true or false, got "${raw}"`);
  });
}

/** A comma list of whole numbers; unset → the default, empty → none. */
function wholeNumberList(fallback: number[], check: (items: string[]) => string | null) {
  return parsed((raw) => {
    if (raw === undefined) {
      return fallback;
    }
    if (raw.trim() === '') {
      return [];
    }
    const items = raw.split(',').map((part) => part.trim());
    const problem = check(items);
    return problem === null ? items.map(Number) : new Refusal(problem.replace('%s', raw));
  });
}

const digits = (item: string) => /^\d+$/.test(item);

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

const database = parsed((raw): DatabaseConfig | Refusal => {
  const url = raw && raw.trim() !== '' ? raw.trim() : 'pglite://./data/pglite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return URL.canParse(url) ? { kind: 'postgres', url } : new Refusal('is not a valid postgres:// URL');
  }
  if (url.startsWith('pglite://')) {
    const path = url.slice('pglite://'.length);
    if (path === '') {
      return new Refusal('pglite:// needs a folder or "memory"');
    }
    return { kind: 'pglite', dataDir: path === 'memory' ? null : resolve(path) };
  }
  return new Refusal('must start with postgres://, postgresql:// or pglite://');
});

/**
 * One entry of `CORS_ORIGINS` as browsers send it in `Origin`: scheme, host and port, no path
 * (`https://clinic.example/` is taken as `https://clinic.example`; `https://clinic.example/app` is refused).
 */
function corsOrigin(entry: string): string | Refusal {
  if (!URL.canParse(entry)) {
    return new Refusal(`has an invalid origin "${entry}"`);
  }
  const url = new URL(entry);
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return new Refusal(`has an invalid origin "${entry}" (scheme://host[:port] only)`);
  }
  return url.origin;
}

/** `null`: not set (the default depends on NODE_ENV); otherwise the exact list. */
const corsOrigins = parsed((raw): string[] | null | Refusal => {
  const listed = raw?.trim();
  if (!listed) {
    return null;
  }
  const origins = listed.split(',').map((entry) => corsOrigin(entry.trim()));
  const refused = origins.find((origin) => origin instanceof Refusal);
  return refused ?? (origins as string[]);
});

/**
 * The web app's folder: `WEB_ROOT` (default `web/dist`, from the working directory). The default quietly serves
 * nothing when it was never built; a folder named on purpose must hold the app.
 */
const webRoot = parsed((raw): string | null | Refusal => {
  if (raw !== undefined && raw.trim() === '') {
    return null;
  }
  const root = resolve(raw?.trim() ?? 'web/dist');
  if (existsSync(join(root, 'index.html'))) {
    return root;
  }
  return raw === undefined
    ? null
    : new Refusal(`must be a folder holding the built web app (index.html), got "${raw}"`);
});

const trimmedOrNull = z
  .string()
  .optional()
  .transform((raw) => raw?.trim() || null);

export const ENV_SCHEMA = z
  .object({
    NODE_ENV: parsed((raw): 'development' | 'production' | 'test' | Refusal => {
      const value = raw ?? 'development';
      return value === 'development' || value === 'production' || value === 'test'
        ? value
        : new Refusal(`must be development, production or test, got "${value}"`);
    }),
    PORT: wholeNumber(3000, 0, 65_535),
    HOST: z
      .string()
      .optional()
      .transform((raw) => raw?.trim() || '0.0.0.0'),
    DATABASE_URL: database,
    DATA_DIR: z
      .string()
      .optional()
      .transform((raw) => resolve(raw ?? './data')),
    JWT_SECRET: parsed((raw) =>
      raw !== undefined && raw !== '' && raw.length < 32 ? new Refusal('must be at least 32 characters') : raw || null,
    ),
    JWT_ACCESS_TTL: wholeNumber(900, 30, 86_400),
    JWT_REFRESH_TTL: wholeNumber(2_592_000, 60, 31_536_000),
    BCRYPT_ROUNDS: wholeNumber(12, 4, 15),
    ADMIN_EMAIL: trimmedOrNull,
    ADMIN_PASSWORD: z.string().optional(),
    REDIS_URL: parsed((raw) => {
      const url = raw?.trim() || null;
      return url && !/^rediss?:\/\//.test(url) ? new Refusal('must start with redis:// or rediss://') : url;
    }),
    REDIS_PREFIX: parsed((raw) => {
      const prefix = raw?.trim() || 'clinic';
      return /^[A-Za-z0-9_.:-]{1,64}$/.test(prefix) ? prefix : new Refusal('must be 1..64 letters, digits, or _ . : -');
    }),
    CORS_ORIGINS: corsOrigins,
    RATE_LIMIT_ADDRESS_MAX: wholeNumber(20, 0, 1_000_000),
    RATE_LIMIT_BOOKINGS_PER_MINUTE: wholeNumber(30, 0, 1_000_000),
    RATE_LIMIT_API_KEY_PER_MINUTE: wholeNumber(600, 0, 1_000_000),
    API_KEY_USAGE_FLUSH_MS: wholeNumber(5_000, 50, 600_000),
    DOCS_ENABLED: flag(true),
    WEB_ROOT: webRoot,
    TRUST_PROXY: trimmedOrNull,
    LOG_LEVEL: trimmedOrNull,
    LOG_FORMAT: parsed((raw): 'json' | 'pretty' | null | Refusal => {
      const value = raw?.trim();
      if (value === undefined || value === '') {
        return null;
      }
      return value === 'json' || value === 'pretty' ? value : new Refusal(`must be json or pretty, got "${value}"`);
    }),
    MAX_ACTIVE_BOOKINGS_PER_PATIENT: wholeNumber(5, 1, 1000),
    HOLD_TTL_SECONDS: wholeNumber(300, 1, 86_400),
    HOLD_SWEEP_MS: wholeNumber(1000, 50, 60_000),
    WAITLIST_OFFER_MINUTES: wholeNumber(15, 1, 1440),
    DB_STATEMENT_TIMEOUT_MS: wholeNumber(10_000, 100, 600_000),
    ACTOR_CACHE_TTL_MS: wholeNumber(10_000, 0, 300_000),
    OUTBOX_POLL_MS: wholeNumber(1000, 50, 60_000),
    JOBS_INTERVAL_MS: wholeNumber(15_000, 50, 3_600_000),
    REMINDER_LEAD_MINUTES: wholeNumberList([1440, 60], (leads) => {
      if (leads.some((lead) => !digits(lead) || Number(lead) < 1 || Number(lead) > 43_200)) {
        return 'must be a comma list of whole minutes between 1 and 43200, got "%s"';
      }
      return new Set(leads.map(Number)).size === leads.length ? null : 'names a lead twice: "%s"';
    }).transform((leads) => [...leads].sort((a, b) => b - a)),
    AUTO_NO_SHOW_MINUTES: minutesOrOff(30, 10_080),
    AUTO_COMPLETE_MINUTES: minutesOrOff(60, 10_080),
    HTTP_HEADERS_TIMEOUT_MS: wholeNumber(10_000, 500, 120_000),
    HTTP_REQUEST_TIMEOUT_MS: wholeNumber(30_000, 1_000, 600_000),
    WEBHOOK_TIMEOUT_MS: wholeNumber(5000, 100, 60_000),
    WEBHOOK_RETRY_SCHEDULE: wholeNumberList([5, 30, 120, 600, 3600, 21_600], (delays) =>
      delays.length > 20 || delays.some((delay) => !digits(delay) || Number(delay) > 604_800)
        ? 'must be a comma list of at most 20 whole seconds between 0 and 604800, got "%s"'
        : null,
    ),
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
