import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { COUNT_ONLY, MemoryFixedWindows, RedisFixedWindows, type FixedWindows } from './rate-limit/fixed-windows';
import { REDIS } from './redis/redis.module';

export interface WindowCount {
  count: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * Counting windows for the login and registration brake, on the service's one counter (`fixed-windows.ts`): in memory
 * for one instance, in Redis under `REDIS_PREFIX` when `REDIS_URL` is set. A Redis outage fails the request (503):
 * guesses at passwords are not let through.
 */
@Injectable()
export class RateLimitStore {
  private readonly windows: FixedWindows;

  constructor(@Inject(REDIS) redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    this.windows = redis ? new RedisFixedWindows(redis, `${config.redisPrefix}:rl`) : new MemoryFixedWindows();
  }

  async hit(key: string, windowSeconds: number): Promise<WindowCount> {
    const hit = await this.windows.increment(key, windowSeconds * 1000, COUNT_ONLY, 0);
    return { count: hit.hits, retryAfter: hit.windowMs > 0 ? Math.ceil(hit.windowMs / 1000) : windowSeconds };
  }

  /** Gives one hit back (never below zero): an attempt that turned out not to count. */
  release(key: string): Promise<void> {
    return this.windows.release(key);
  }

  reset(key: string): Promise<void> {
    return this.windows.reset(key);
  }
}
