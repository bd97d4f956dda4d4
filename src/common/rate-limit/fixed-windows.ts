import type Redis from 'ioredis';

/**
 * The one rate-limit counter of the service: a fixed window per key, with an optional block once a hit goes past the
 * limit. In memory for one instance, in Redis (shared by every instance) when `REDIS_URL` is set. Both limits use it:
 * the login and registration brake (`RateLimitStore`) and the booking-churn throttler (`@nestjs/throttler`'s storage).
 */
export interface WindowHit {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Milliseconds until the window resets (0 or less: no window, e.g. just blocked). */
  windowMs: number;
  /** Milliseconds the key stays blocked (0: not blocked). */
  blockMs: number;
}

/** A limit no count reaches: a window that only counts. */
export const COUNT_ONLY = 2 ** 31 - 1;

export interface FixedWindows {
  /**
   * Counts one hit in `key`'s window of `windowMs`. While blocked nothing counts; the hit past `limit` starts a block
   * of `blockMs` and clears the window, so counting starts afresh when the block ends.
   */
  increment(key: string, windowMs: number, limit: number, blockMs: number): Promise<WindowHit>;
  /** Gives one hit back (never below zero): an attempt that turned out not to count. */
  release(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

/** KEYS: hits, blocked. ARGV: window ms, limit, block ms. Returns { hits, window ms left, block ms left }. */
const INCREMENT = `
local blockTtl = redis.call('PTTL', KEYS[2])
if blockTtl > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), blockTtl }
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return { hits, ttl, tonumber(ARGV[3]) }
end
return { hits, ttl, 0 }
`;

/** DECR of a missing key would create -1: only an existing, positive count goes down. */
const RELEASE =
  "local n = redis.call('GET', KEYS[1]) if n and tonumber(n) > 0 then redis.call('DECR', KEYS[1]) end return 0";

/** Counters in Redis under `namespace` (the deployment's `REDIS_PREFIX` and the limit's own part). */
export class RedisFixedWindows implements FixedWindows {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}

  async increment(key: string, windowMs: number, limit: number, blockMs: number): Promise<WindowHit> {
    const base = `${this.namespace}:${key}`;
    const [hits, windowLeft, blockLeft] = (await this.redis.eval(
      INCREMENT,
      2,
      `${base}:hits`,
      `${base}:blocked`,
      windowMs,
      limit,
      Math.max(1, blockMs),
    )) as [number, number, number];
    return { hits, windowMs: windowLeft, blockMs: blockLeft };
  }

  async release(key: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, `${this.namespace}:${key}:hits`);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`${this.namespace}:${key}:hits`, `${this.namespace}:${key}:blocked`);
  }
}

interface MemoryWindow {
  hits: number;
  resetAt: number;
  blockedUntil: number;
}

/** Counters of one instance, with the same semantics as the Redis script; bounded (expired windows are dropped). */
export class MemoryFixedWindows implements FixedWindows {
  private readonly windows = new Map<string, MemoryWindow>();

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowMs: number, limit: number, blockMs: number): Promise<WindowHit> {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (window && window.blockedUntil > now) {
      return { hits: window.hits, windowMs: window.resetAt - now, blockMs: window.blockedUntil - now };
    }
    if (!window || window.resetAt <= now) {
      window = { hits: 0, resetAt: now + windowMs, blockedUntil: 0 };
      this.windows.set(key, window);
    }
    window.hits += 1;
    const hits = window.hits;
    const windowLeft = window.resetAt - now;
    if (hits > limit) {
      const block = Math.max(1, blockMs);
      Object.assign(window, { hits: 0, resetAt: now, blockedUntil: now + block });
      return { hits, windowMs: windowLeft, blockMs: block };
    }
    return { hits, windowMs: windowLeft, blockMs: 0 };
  }

  async release(key: string): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.hits > 0) {
      window.hits -= 1;
    }
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    if (this.windows.size < 10_000) {
      return;
    }
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now && window.blockedUntil <= now) {
        this.windows.delete(key);
      }
    }
  }
}
