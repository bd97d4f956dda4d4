import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';
import { toErrorResponse } from '../errors/error-response';
import { COMMAND_CLIENT_OPTIONS } from '../redis/redis-clients';
import { RateLimitStore } from '../rate-limit.store';
import { LimiterThrottlerStorage, throttlerStorageFor } from '../throttling/throttler.storage';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same behaviour from both stores: memory, and Redis (when `REDIS_TEST_URL` is set). */
function behavesAsOneLimiter(name: string, redisOf: () => Redis | null) {
  describe(name, () => {
    const configFor = (prefix: string) => ({ redisPrefix: prefix }) as AppConfig;

    it('counts hits in a window and says how long it still runs', async () => {
      const store = new RateLimitStore(redisOf(), configFor(`test-${randomUUID()}`));
      expect(await store.hit('k', 60)).toEqual({ count: 1, retryAfter: 60 });
      const second = await store.hit('k', 60);
      expect(second.count).toBe(2);
      expect(second.retryAfter).toBeGreaterThan(58);
      expect(second.retryAfter).toBeLessThanOrEqual(60);
      // Another key counts on its own.
      expect((await store.hit('other', 60)).count).toBe(1);
    });

    it('gives a hit back, never below zero, and resets a key', async () => {
      const store = new RateLimitStore(redisOf(), configFor(`test-${randomUUID()}`));
      await store.hit('k', 60);
      await store.release('k');
      await store.release('k');
      await store.release('never-hit');
      expect((await store.hit('k', 60)).count).toBe(1);
      expect((await store.hit('never-hit', 60)).count).toBe(1);
      await store.hit('k', 60);
      await store.reset('k');
      expect((await store.hit('k', 60)).count).toBe(1);
    });

    it('starts a new window once the old one ends', async () => {
      const store = new RateLimitStore(redisOf(), configFor(`test-${randomUUID()}`));
      await store.hit('k', 1);
      await store.hit('k', 1);
      await sleep(1100);
      expect((await store.hit('k', 1)).count).toBe(1);
    });

    it('throttles: blocks the hit past the limit for the block, then counts afresh', async () => {
      const storage = throttlerStorageFor(redisOf(), `test-${randomUUID()}`);
      expect(await storage.increment('k', 60_000, 2, 1000)).toEqual({
        totalHits: 1,
        timeToExpire: 60,
        isBlocked: false,
        timeToBlockExpire: 0,
      });
      await storage.increment('k', 60_000, 2, 1000);
      const third = await storage.increment('k', 60_000, 2, 1000);
      expect(third).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 1 });
      expect((await storage.increment('k', 60_000, 2, 1000)).isBlocked).toBe(true);
      await sleep(1100);
      expect(await storage.increment('k', 60_000, 2, 1000)).toMatchObject({ totalHits: 1, isBlocked: false });
    });
  });
}

behavesAsOneLimiter('rate limits in memory', () => null);

const redisUrl = process.env.REDIS_TEST_URL;
if (redisUrl) {
  const redis = new Redis(redisUrl);
  afterAll(() => redis.quit());
  behavesAsOneLimiter('rate limits in Redis', () => redis);

  it('keeps the throttler keys under the deployment prefix', async () => {
    const prefix = `test-${randomUUID()}`;
    await throttlerStorageFor(redis, prefix).increment('bookings:user:u1', 60_000, 30, 60_000);
    expect(await redis.keys(`${prefix}:*`)).toEqual([`${prefix}:throttle:bookings:user:u1`]);
    await redis.del(`${prefix}:throttle:bookings:user:u1`);
  });
}

describe('when Redis is away', () => {
  let away: Redis;
  beforeAll(() => {
    // Nothing listens on port 1; no offline queue, so every command fails at once.
    away = new Redis(1, '127.0.0.1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    away.on('error', () => undefined);
  });
  afterAll(() => away.disconnect());

  it('lets a throttled request through and says so: the limit is a brake, the database guards the bookings', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const record = await new LimiterThrottlerStorage(away, 'p').increment('k', 60_000, 30, 60_000);
    expect(record).toEqual({ totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('fails a login count rather than letting guesses through: 503, as for any dependency that is down', async () => {
    // The app's own command client: two retries, then ioredis gives up.
    const down = new Redis(1, '127.0.0.1', { ...COMMAND_CLIENT_OPTIONS, retryStrategy: () => 10 });
    down.on('error', () => undefined);
    try {
      const store = new RateLimitStore(down, { redisPrefix: 'p' } as AppConfig);
      const failure: unknown = await store.hit('login:account:a@example.com', 900).then(
        () => null,
        (error: unknown) => error,
      );
      expect(toErrorResponse(failure, '/api/v1/auth/login', 'r')).toMatchObject({
        status: 503,
        body: { code: 'SERVICE_UNAVAILABLE' },
      });
    } finally {
      down.disconnect();
    }
  });
});
