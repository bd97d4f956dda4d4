import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { COUNT_ONLY, MemoryFixedWindows, RedisFixedWindows, type FixedWindows } from './fixed-windows';

/** The same behaviour from both stores: memory with a fake clock, Redis (when `REDIS_TEST_URL` is set) for real. */
function behavesAsOneCounter(name: string, make: () => { windows: FixedWindows; advance(ms: number): Promise<void> }) {
  describe(name, () => {
    it('counts hits in a window and reports what is left of it', async () => {
      const { windows } = make();
      expect((await windows.increment('k', 60_000, COUNT_ONLY, 0)).hits).toBe(1);
      const second = await windows.increment('k', 60_000, COUNT_ONLY, 0);
      expect(second.hits).toBe(2);
      expect(second.windowMs).toBeGreaterThan(58_000);
      expect(second.windowMs).toBeLessThanOrEqual(60_000);
      expect(second.blockMs).toBe(0);
    });

    it('blocks the hit past the limit, counts nothing while blocked, and starts afresh after the block', async () => {
      const { windows, advance } = make();
      await windows.increment('k', 60_000, 2, 300);
      await windows.increment('k', 60_000, 2, 300);
      const third = await windows.increment('k', 60_000, 2, 300);
      expect(third).toMatchObject({ hits: 3 });
      expect(third.blockMs).toBeGreaterThan(0);
      expect((await windows.increment('k', 60_000, 2, 300)).blockMs).toBeGreaterThan(0);
      await advance(400);
      expect(await windows.increment('k', 60_000, 2, 300)).toMatchObject({ hits: 1, blockMs: 0 });
    });

    it('gives a hit back, never below zero, and resets a key', async () => {
      const { windows } = make();
      await windows.increment('k', 60_000, COUNT_ONLY, 0);
      await windows.release('k');
      await windows.release('k');
      expect((await windows.increment('k', 60_000, COUNT_ONLY, 0)).hits).toBe(1);
      await windows.reset('k');
      expect((await windows.increment('k', 60_000, COUNT_ONLY, 0)).hits).toBe(1);
    });
  });
}

behavesAsOneCounter('MemoryFixedWindows', () => {
  let now = 1_000_000;
  return {
    windows: new MemoryFixedWindows(() => now),
    advance: async (ms) => {
      now += ms;
    },
  };
});

const redisUrl = process.env.REDIS_TEST_URL;
if (redisUrl) {
  const redis = new Redis(redisUrl);
  afterAll(() => redis.quit());
  behavesAsOneCounter('RedisFixedWindows', () => ({
    windows: new RedisFixedWindows(redis, `test-windows-${randomUUID()}`),
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }));
}
