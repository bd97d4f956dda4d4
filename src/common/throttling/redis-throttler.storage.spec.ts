import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler.storage';

function redisAnswering(evalResult: () => Promise<unknown>): { redis: Redis; keys: string[] } {
  const keys: string[] = [];
  const redis = {
    eval: (_script: string, _count: number, hits: string, blocked: string) => {
      keys.push(hits, blocked);
      return evalResult();
    },
  } as unknown as Redis;
  return { redis, keys };
}

describe('RedisThrottlerStorage', () => {
  it('keeps its counters under the deployment prefix and reports seconds', async () => {
    const { redis, keys } = redisAnswering(() => Promise.resolve([3, 42_100, 0]));
    const storage = new RedisThrottlerStorage(redis, 'clinic-a');
    await expect(storage.increment('bookings:user:u1', 60_000, 30, 60_000)).resolves.toEqual({
      totalHits: 3,
      timeToExpire: 43,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(keys).toEqual(['clinic-a:throttle:bookings:user:u1:hits', 'clinic-a:throttle:bookings:user:u1:blocked']);
  });

  it('reports a block with the seconds it still lasts', async () => {
    const { redis } = redisAnswering(() => Promise.resolve([31, 59_000, 59_500]));
    const record = await new RedisThrottlerStorage(redis, 'p').increment('k', 60_000, 30, 60_000);
    expect(record).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
  });

  it('lets the request through when Redis fails: the limit is a brake, the database guards the bookings', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { redis } = redisAnswering(() => Promise.reject(new Error('Connection is closed.')));
    const record = await new RedisThrottlerStorage(redis, 'p').increment('k', 60_000, 30, 60_000);
    expect(record.isBlocked).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
