import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * The service's one way of counting hits against a limit: `rate-limiter-flexible` (fixed windows, atomic in Redis
 * with its own script, a block once a hit goes past the limit). In memory for one instance, in Redis (shared by every
 * instance) when `REDIS_URL` is set. Both limits use it: the login, registration and API-key brakes
 * (`RateLimitStore`) and the booking-churn throttler (`@nestjs/throttler`'s storage). Windows and blocks are whole
 * seconds, as the library counts them.
 */
export interface LimiterShape {
  /** Where the keys live: the deployment's `REDIS_PREFIX` and the limit's own part. */
  keyPrefix: string;
  /** Hits allowed in a window; the one past it is refused. */
  points: number;
  /** The window, in whole seconds (a hit may ask for its own window with `customDuration`). */
  windowSeconds: number;
  /** Seconds a key stays refused once a hit went past the limit (0: only until its window ends). */
  blockSeconds: number;
}

/** A limit no count reaches: a limiter that only counts. */
export const COUNT_ONLY = 2 ** 31 - 1;

export function limiterFor(redis: Redis | null, shape: LimiterShape): RateLimiterAbstract {
  const options = {
    keyPrefix: shape.keyPrefix,
    points: shape.points,
    duration: shape.windowSeconds,
    blockDuration: shape.blockSeconds,
  };
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

/**
 * What a consume that did not pass turned out to be: a refusal (the hit went past the limit, or the key is blocked)
 * is the library's `RateLimiterRes`; anything else is the store failing (Redis away), which each caller decides about.
 */
export function refusalOf(rejection: unknown): RateLimiterRes | undefined {
  return rejection instanceof RateLimiterRes ? rejection : undefined;
}

/** Whole seconds, at least one, from the milliseconds the callers and the library speak. */
export function wholeSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
